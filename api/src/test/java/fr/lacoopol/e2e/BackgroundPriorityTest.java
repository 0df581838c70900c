package fr.lacoopol.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests first (docs/adr/0003): once the tracking processors have handled events, their threads, the event
 * store's readers and the scheduled jobs run at the lowest priority, which the kernel sees as nice 10 (the test
 * JVM starts with the flags {@code ./coopol up} uses); the request threads, on which the subscribing processor
 * handles the command's own events, keep nice 0.
 */
class BackgroundPriorityTest extends ApiTestSupport {

    @Test
    void backgroundThreadsRunAtTheLowestPriorityAndRequestThreadsDoNot() {
        TestSection section = newSection("Priorités " + unique(), "75011");
        TestMember member = newMember(section, "Paule", "Priorite" + unique());

        // The member's profile is the member-profiles projection's work: once it shows, its thread has handled.
        await("the profile projected", () -> get("/api/me", member.token()).status() == 200 ? true : null);
        List<Thread> profiles = await("the member-profiles processor lowered", () -> {
            List<Thread> threads = named("EventProcessor[member-profiles]");
            return !threads.isEmpty() && threads.stream().allMatch(t -> t.getPriority() == Thread.MIN_PRIORITY)
                    ? threads : null;
        });
        assertThat(profiles).isNotEmpty();
        assertThat(named("EmbeddedEventStore")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getPriority()).as(t.getName()).isEqualTo(Thread.MIN_PRIORITY));
        assertThat(named("scheduling-")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getPriority()).as(t.getName()).isEqualTo(Thread.MIN_PRIORITY));
        assertThat(named("http-nio-")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getPriority()).as(t.getName()).isEqualTo(Thread.NORM_PRIORITY));

        // What the kernel schedules by: the nice value of each native thread (its name cut to 15 characters).
        // A processor is lowered when it first handles an event: as many of them run at nice 10 as Java lowered
        // (read again while another processor is being lowered between the two counts).
        long lowered = await("the processors' nice values", () -> {
            long java = named("EventProcessor[").stream().filter(t -> t.getPriority() == Thread.MIN_PRIORITY).count();
            long kernel = niceByThreadName().get("EventProcessor[").stream().filter(n -> n == 10).count();
            return java == kernel ? kernel : null;
        });
        assertThat(lowered).isPositive();
        Map<String, List<Integer>> nice = niceByThreadName();
        assertThat(nice.get("EmbeddedEventSt")).as("the event store's readers").isNotEmpty().containsOnly(10);
        assertThat(nice.entrySet().stream().filter(e -> e.getKey().startsWith("http-nio-"))
                .flatMap(e -> e.getValue().stream()).toList()).as("request threads").isNotEmpty().containsOnly(0);
    }

    /** Every thread of this process by its native name, with its nice value (/proc: the stat's 19th field). */
    private static Map<String, List<Integer>> niceByThreadName() {
        Map<String, List<Integer>> nice = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (NoSuchFileException ended) {
                    continue; // the thread ended between the listing and the read
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                nice.computeIfAbsent(name, n -> new ArrayList<>()).add(Integer.parseInt(fields[16]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nice;
    }

    private static List<Thread> named(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).toList();
    }
}
