package io.huntbook.server.queue;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.huntbook.server.RunScheduling;
import io.huntbook.server.ledger.Ledger;
import io.huntbook.server.ledger.RunState;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The queue on db-scheduler: one execution per run (instance id = run id) of the task {@value #RUN_TASK}. db-scheduler
 * picks each due execution on exactly one worker (row locks), heartbeats it, and revives it on another worker when the
 * heartbeats stop; the {@link RunHandler} then decides whether that is a retry or a failure. A housekeeping task puts
 * back on the queue runs whose execution was never stored (a crash between the two writes).
 */
public final class RunQueue implements RunScheduling, AutoCloseable {
    public static final String RUN_TASK = "huntbook-run";

    private final Scheduler scheduler;
    private final CustomTask<Void> runTask;
    private final Clock clock;

    /** How the queue is set up. */
    public record Settings(int threads, Duration heartbeat, int missedHeartbeats, Duration pollingInterval,
                           String workerName, Duration retryDelay) {}

    private RunQueue(Scheduler scheduler, CustomTask<Void> runTask, Clock clock) {
        this.scheduler = scheduler;
        this.runTask = runTask;
        this.clock = clock;
    }

    /**
     * Starts the queue. {@code recurring} are the triggers' tasks (schedules, pollers), started with it so that each
     * firing runs on one worker only.
     */
    public static RunQueue start(DataSource dataSource, Ledger ledger, RunHandler handler, Settings settings,
                                 List<RecurringTask<?>> recurring, Clock clock, Consumer<Throwable> onHousekeepingError) {
        CustomTask<Void> runTask = Tasks.custom(RUN_TASK, Void.class)
                .onFailureReschedule(Schedules.fixedDelay(settings.retryDelay()))
                .execute((instance, context) -> {
                    RunHandler.Outcome outcome = handler.handle(instance.getId(),
                            context.getExecution().getExecutionTime());
                    return switch (outcome) {
                        case RunHandler.Done done -> (CompletionHandler<Void>) (complete, ops) -> ops.remove();
                        case RunHandler.Later later -> (complete, ops) -> ops.reschedule(complete, later.at());
                    };
                });
        List<Task<?>> tasks = new ArrayList<>();
        tasks.add(runTask);
        RecurringTask<Void> housekeeping = Tasks.recurring("huntbook-housekeeping",
                        Schedules.fixedDelay(Duration.ofSeconds(5)))
                .execute((instance, context) -> {
                    try {
                        for (String id : ledger.withoutExecution(RunState.QUEUED, RUN_TASK,
                                clock.instant().minusSeconds(10))) {
                            context.getSchedulerClient().scheduleIfNotExists(runTask.instance(id), clock.instant());
                        }
                    } catch (RuntimeException e) {
                        onHousekeepingError.accept(e);
                    }
                });
        List<RecurringTask<?>> startup = new ArrayList<>(recurring);
        startup.add(housekeeping);
        Scheduler scheduler = Scheduler.create(dataSource, tasks)
                .threads(settings.threads())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .pollingInterval(settings.pollingInterval())
                .schedulerName(name(settings.workerName()))
                .startTasks(startTasks(startup))
                .enableImmediateExecution()
                .clock(clock::instant)
                .shutdownMaxWait(Duration.ofSeconds(30))
                .build();
        scheduler.start();
        return new RunQueue(scheduler, runTask, clock);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T extends Task<?> & OnStartup> List<T> startTasks(List<RecurringTask<?>> tasks) {
        return (List) tasks;
    }

    private static SchedulerName name(String worker) {
        return () -> worker;
    }

    @Override
    public void schedule(String runId) {
        scheduler.scheduleIfNotExists(runTask.instance(runId), clock.instant());
    }

    @Override
    public void unschedule(String runId) {
        try {
            scheduler.cancel(TaskInstanceId.of(RUN_TASK, runId));
        } catch (RuntimeException e) {
            // Already picked or gone: the worker sees the run CANCELLED and drops the execution.
        }
    }

    /** Runs executing on this worker now. */
    public int inFlight() {
        return scheduler.getCurrentlyExecuting().size();
    }

    /** Stops taking executions and waits for the running ones (graceful shutdown). */
    @Override
    public void close() {
        scheduler.stop();
    }
}
