package th.go.moc.ops.sor301hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Files of one folder are handled in the order they were found, whichever worker gets there first. */
class FolderTurnsTest {

    private final FolderTurns turns = new FolderTurns();

    @Test
    void aFoldersSecondFileWaitsForItsFirstWhileOtherFoldersGoOn() throws Exception {
        File first = new File("/share/inbox/kyp/v1.xlsx");
        File second = new File("/share/inbox/kyp/v2.xlsx");
        File other = new File("/share/inbox/pco-lampang/a.xlsx");
        long t1 = turns.take(first);
        long t2 = turns.take(second);
        long t3 = turns.take(other);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch secondWaiting = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            pool.submit(() -> run(second, t2, order, secondWaiting));
            assertThat(secondWaiting.await(5, TimeUnit.SECONDS)).isTrue();
            pool.submit(() -> run(other, t3, order, null)).get(5, TimeUnit.SECONDS);
            assertThat(order).as("another folder is not held up").containsExactly("a.xlsx");
            pool.submit(() -> run(first, t1, order, null)).get(5, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(order).containsExactly("a.xlsx", "v1.xlsx", "v2.xlsx");
    }

    private Void run(File file, long turn, List<String> order, CountDownLatch waiting) throws InterruptedException {
        if (waiting != null) {
            waiting.countDown();
        }
        turns.await(file, turn);
        try {
            order.add(file.getName());
        } finally {
            turns.done(file);
        }
        return null;
    }
}
