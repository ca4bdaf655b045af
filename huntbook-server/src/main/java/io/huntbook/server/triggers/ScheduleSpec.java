package io.huntbook.server.triggers;

import io.huntbook.server.Job;
import java.time.ZoneId;

/**
 * A schedule: {@code cron} (5-field Unix, or 6-field with seconds first) in {@code zone}, running {@code job}. String
 * parameter values in the relative-time grammar ({@code -1d@d}, {@code now-1h}) become ISO instants, resolved
 * against the moment the schedule fired.
 */
public record ScheduleSpec(String name, String cron, ZoneId zone, Job job) {}
