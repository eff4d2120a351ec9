package th.go.moc.ops.sor301hub.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A burst of changes builds a month at most twice: the build under way, and one more after it. */
class PendingOutputsTest {

    private final PendingOutputs pending = new PendingOutputs();

    @Test
    void theFirstChangeQueuesABuildAndLaterOnesWaitForIt() {
        assertThat(pending.changed("2569-05", System.nanoTime())).isTrue();
        assertThat(pending.changed("2569-05", System.nanoTime())).as("already queued").isFalse();
        assertThat(pending.changed("2569-04", System.nanoTime())).as("another month builds on its own").isTrue();
        pending.started("2569-05");
        assertThat(pending.finished("2569-05")).as("nothing changed during the build").isFalse();
        assertThat(pending.changed("2569-05", System.nanoTime())).as("idle again: a change builds at once").isTrue();
    }

    @Test
    void changesDuringABuildAskForExactlyOneMore() {
        pending.changed("2569-05", System.nanoTime());
        pending.started("2569-05");
        for (int i = 0; i < 40; i++) {
            assertThat(pending.changed("2569-05", System.nanoTime())).isFalse();
        }
        assertThat(pending.finished("2569-05")).as("queued once more").isTrue();
        assertThat(pending.changed("2569-05", System.nanoTime())).as("that build is queued already").isFalse();
        pending.started("2569-05");
        assertThat(pending.finished("2569-05")).isFalse();
    }

    @Test
    void newsOfAChangeTheRunningBuildAlreadyReadAsksForNothing() {
        long storedBeforeTheBuildRead = System.nanoTime();
        pending.changed("2569-05", storedBeforeTheBuildRead);
        pending.started("2569-05");
        assertThat(pending.changed("2569-05", storedBeforeTheBuildRead)).isFalse();
        assertThat(pending.finished("2569-05")).as("the build had it").isFalse();
        assertThat(pending.idle()).isTrue();
    }
}
