package io.huntbook.enrich.ti;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.huntbook.core.Severity;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A provider whose answers are scripted, and which records every call it receives and when. */
final class ScriptedProvider implements TiProvider {
    private final String name;
    private final Deque<Object> script = new ArrayDeque<>();
    final List<Long> callTimesNanos = Collections.synchronizedList(new ArrayList<>());
    final List<String> received = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    List<RateLimit> limits = List.of();
    int concurrency = 4;
    /** When positive, each call is held until this many calls are in flight at once (or 5 s pass). */
    int holdUntilInFlight;
    Tlp maxTlp = Tlp.AMBER;

    ScriptedProvider(String name) {
        this.name = name;
    }

    /** Queues a failure with this HTTP status and optional Retry-After seconds. */
    ScriptedProvider thenFail(int status, Integer retryAfterSeconds) {
        script.add(new TiProviderException("scripted " + status, status,
                retryAfterSeconds == null ? null : Duration.ofSeconds(retryAfterSeconds)));
        return this;
    }

    /** Waits on a condition (enough concurrent calls), not on a clock, so the overlap is certain and quick. */
    private void holdUntilEnoughInFlight() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        synchronized (inFlight) {
            inFlight.notifyAll();
            while (maxInFlight.get() < holdUntilInFlight && System.nanoTime() < deadline) {
                inFlight.wait(50);
            }
            inFlight.notifyAll();
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> supportedTypes() {
        return Set.of("ipv4", "dns", "sha256_hash");
    }

    @Override
    public List<RateLimit> rateLimits() {
        return limits;
    }

    @Override
    public int maxConcurrency() {
        return concurrency;
    }

    @Override
    public Tlp maxTlp() {
        return maxTlp;
    }

    @Override
    public TiVerdict lookup(TiQuery query) {
        callTimesNanos.add(System.nanoTime());
        received.add(query.ioc());
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            if (holdUntilInFlight > 0) {
                holdUntilEnoughInFlight();
            }
            Object next;
            synchronized (script) {
                next = script.poll();
            }
            if (next instanceof TiProviderException e) {
                throw e;
            }
            boolean bad = query.ioc().contains("evil");
            return new TiVerdict(bad, bad ? Severity.HIGH : Severity.INFORMATION,
                    JsonNodeFactory.instance.textNode("scripted"), JsonNodeFactory.instance.objectNode(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TiProviderException("interrupted", e);
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
