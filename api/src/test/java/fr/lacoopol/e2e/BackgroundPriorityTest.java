package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests first (README, "Operations"): once the tracking processors have handled events, their threads, the
 * event store's readers and the scheduled jobs run at the lowest priority; the request threads, on which the
 * subscribing processor handles the command's own events, keep the normal one.
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
    }

    private static List<Thread> named(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).toList();
    }
}
