package io.huntbook.server.triggers;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.huntbook.core.BadInputException;
import io.huntbook.core.time.RelativeTime;
import io.huntbook.server.Job;
import io.huntbook.server.JsonLog;
import io.huntbook.server.RunService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cron schedules as db-scheduler recurring tasks, so that each firing runs on one worker of the cluster. A firing
 * submits its job with the idempotency key {@code schedule:NAME:FIRE_TIME}: a firing replayed after a crash gives the
 * same run, never a second one.
 */
public final class ScheduleTriggers {
    /** Relative times as schedules write them: {@code now}, {@code now-1h}, {@code -1d@d}, {@code @d}. */
    private static final Pattern RELATIVE = Pattern.compile("(now)?([+-]\\d+[a-z]+)*(@[a-z]+)?", Pattern.CASE_INSENSITIVE);

    private ScheduleTriggers() {}

    public static List<RecurringTask<?>> tasks(List<ScheduleSpec> specs, RunService runs, JsonLog log) {
        List<RecurringTask<?>> tasks = new ArrayList<>();
        for (ScheduleSpec spec : specs) {
            tasks.add(Tasks.recurring("huntbook-schedule:" + spec.name(), Schedules.cron(sixFields(spec.cron()),
                            spec.zone()))
                    .execute((instance, context) -> fire(spec, context.getExecution().getExecutionTime(), runs,
                            log)));
        }
        return tasks;
    }

    static void fire(ScheduleSpec spec, Instant fireTime, RunService runs, JsonLog log) {
        Job job = spec.job();
        Job resolved = new Job(job.template(), resolve(job.parameters(), fireTime),
                job.identifier() != null ? job.identifier() : spec.name(), job.output(),
                "schedule:" + spec.name() + ":" + fireTime);
        try {
            var submission = runs.submit(resolved, "schedule", spec.name() + "@" + fireTime);
            log.info("schedule.fired", submission.run().id(), "schedule " + spec.name() + " fired", "schedule",
                    spec.name(), "fireTime", fireTime.toString());
        } catch (BadInputException e) {
            // A broken schedule must not stop the others or retry forever: log it and wait for the next firing.
            log.error("schedule.refused", null, "schedule " + spec.name() + ": " + e.getMessage(), "schedule",
                    spec.name());
        }
    }

    /** Parameter values in the relative-time grammar become ISO instants resolved at {@code fireTime}. */
    static Map<String, @Nullable Object> resolve(Map<String, @Nullable Object> parameters, Instant fireTime) {
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value instanceof String text && !text.isBlank() && RELATIVE.matcher(text.strip()).matches()) {
                result.put(name, RelativeTime.tryParse(text.strip()).map(t -> (Object) t.resolve(fireTime).toString())
                        .orElse(text));
            } else {
                result.put(name, value);
            }
        });
        return result;
    }

    /** db-scheduler's cron has seconds first: a 5-field Unix expression fires at second 0. */
    static String sixFields(String cron) {
        String[] fields = cron.strip().split("\\s+");
        if (fields.length == 5) {
            return "0 " + cron.strip();
        }
        if (fields.length == 6) {
            return cron.strip();
        }
        throw new BadInputException("cron '" + cron + "' has " + fields.length + " fields: give 5 (minute hour"
                + " day-of-month month day-of-week) or 6 (seconds first)");
    }
}
