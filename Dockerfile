# The application image for docker-compose.yml. Build the jar first (./coopol up builds it; or
# mvn -DskipTests install), then: docker compose up --build
FROM eclipse-temurin:17-jre
WORKDIR /app
# The application runs as a user of its own, which owns only the stored files' directory.
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin coopol \
    && mkdir -p /app/files && chown coopol /app/files
COPY api/target/coopol.jar /app/coopol.jar
ENV COOPOL_FILES_PATH=/app/files
USER coopol
ENV JAVA_OPTS="-Xmx1g"
EXPOSE 8080
# Thread priorities as ./coopol up sets them: background work yields to requests (README, "Operations").
ENV JAVA_PRIORITIES="-XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=10 -XX:CompilerThreadPriority=10"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_PRIORITIES $JAVA_OPTS -Daxoniq.update-checker.disabled=true -jar /app/coopol.jar"]
