package th.go.moc.ops.sor301hub.report;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a month's outputs as soon as it changes, but never more than one build at a time per month
 * and never a queue of them: changes that arrive while a month is being built ask for one more build
 * after it, however many they are. So the outputs are ready right after the last file of a burst,
 * without waiting out a quiet period, and 88 files dropped together do not cause 88 builds.
 */
@Component("pendingOutputs")
public class PendingOutputs {

    private enum State { QUEUED, BUILDING, BUILDING_THEN_AGAIN }

    private final Map<String, State> months = new HashMap<>();
    /** When each running build read the store (System.nanoTime): changes stored before that are in it. */
    private final Map<String, Long> readFrom = new HashMap<>();

    /** A received file: true when it was accepted and its month's build must be queued now. */
    public boolean changedBy(th.go.moc.ops.sor301hub.intake.Receipt receipt) {
        return receipt.accepted() && changed(receipt.periodKey(), receipt.storedAt());
    }

    /** Whether no month's outputs are queued or being built. */
    public synchronized boolean idle() {
        return months.isEmpty();
    }

    /**
     * A month changed: true when a build must be queued now (none is queued or running).
     *
     * @param storedAt when the change was stored (System.nanoTime): a build that read the store after it
     *                 has it already, however late this news arrives
     */
    public synchronized boolean changed(String periodKey, long storedAt) {
        State state = months.get(periodKey);
        if (state == null) {
            months.put(periodKey, State.QUEUED);
            return true;
        }
        if (state == State.BUILDING && storedAt >= readFrom.get(periodKey)) {
            months.put(periodKey, State.BUILDING_THEN_AGAIN);
        }
        return false;
    }

    /** A queued build starts and reads the store now: changes stored from now on need another build. */
    public synchronized void started(String periodKey) {
        months.put(periodKey, State.BUILDING);
        readFrom.put(periodKey, System.nanoTime());
    }

    /** A build ended (built or failed): true when the month changed meanwhile and must be queued again. */
    public synchronized boolean finished(String periodKey) {
        if (months.get(periodKey) == State.BUILDING_THEN_AGAIN) {
            months.put(periodKey, State.QUEUED);
            return true;
        }
        months.remove(periodKey);
        readFrom.remove(periodKey);
        return false;
    }
}
