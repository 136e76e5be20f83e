package io.telesim.benchmarks.ussd;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;

/**
 * The load generator: {@code handsets} {@link VirtualHandset}s, each on its own connection (a small Netty HTTP/1.1
 * client on {@code threads} event loops) and with its own number, 79160000000 + i, so that the one-session-per-number
 * rule never holds one back. Each runs sessions back to back (a closed loop: its next request leaves when the last
 * answer is in, so a step's latency is the server's time to answer it plus the client's). The load runs for the
 * warm-up, then its counters and histogram start afresh for the measured time; progress is printed each second.
 */
final class HandsetLoad {

    static final long FIRST_MSISDN = 79_160_000_000L;
    private static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final long TICK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final int handsets;
    private final int threads;

    HandsetLoad(int handsets, int threads) {
        this.handsets = handsets;
        this.threads = threads;
    }

    LoadReport run(UssdTarget target, Duration warmup, Duration measured) throws InterruptedException {
        StepTally tally = new StepTally();
        LoadControl control = new LoadControl(handsets);
        SessionScript script = target.script();
        String host = "127.0.0.1:" + target.port();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
        try {
            List<VirtualHandset> started = new ArrayList<>();
            List<Channel> channels = new ArrayList<>();
            for (int i = 0; i < handsets; i++) {
                VirtualHandset handset = new VirtualHandset(FIRST_MSISDN + i, script, host, control, tally);
                channels.add(new Bootstrap().group(group).channel(NioSocketChannel.class)
                        .handler(new ChannelInitializer<SocketChannel>() {
                            @Override
                            protected void initChannel(SocketChannel channel) {
                                channel.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(MAX_ANSWER_BYTES), handset);
                            }
                        })
                        .connect("127.0.0.1", target.port()).syncUninterruptibly().channel());
                started.add(handset);
            }
            started.forEach(VirtualHandset::start);
            LoadReport report = measure(tally, warmup, measured);
            if (!control.stop(10)) {
                System.out.println("some handsets had no answer to their last request 10 s after the end");
            }
            channels.forEach(channel -> channel.close().syncUninterruptibly());
            return report;
        } finally {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /** Ticks once a second through the warm-up and the measured time, printing each second's figures. */
    private LoadReport measure(StepTally tally, Duration warmup, Duration measured) throws InterruptedException {
        long begin = System.nanoTime();
        long measureFrom = begin + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        Histogram total = null;
        long stepsBefore = 0;
        long sessionsBefore = 0;
        long failuresBefore = 0;
        long lastSteps = 0;
        long lastFailures = 0;
        long measuredSince = 0;
        for (long tick = begin + TICK_NANOS; tick <= end; tick += TICK_NANOS) {
            TimeUnit.NANOSECONDS.sleep(tick - System.nanoTime());
            Histogram interval = tally.interval();
            long steps = tally.steps();
            long failures = tally.failures();
            boolean measuring = total != null;
            if (measuring) {
                total.add(interval);
            }
            System.out.printf(Locale.ROOT, "%5d s %-8s %,9d steps/s %,6d failures  step p50 %.3f p99 %.3f ms%n",
                    TimeUnit.NANOSECONDS.toSeconds(tick - begin), measuring ? "measured" : "warm-up", steps - lastSteps, failures - lastFailures,
                    interval.getValueAtPercentile(50) / 1e6, interval.getValueAtPercentile(99) / 1e6);
            lastSteps = steps;
            lastFailures = failures;
            if (!measuring && tick >= measureFrom) {
                total = new Histogram(interval.getHighestTrackableValue(), interval.getNumberOfSignificantValueDigits());
                stepsBefore = steps;
                sessionsBefore = tally.sessions();
                failuresBefore = failures;
                measuredSince = System.nanoTime();
            }
        }
        if (total == null) {
            throw new IllegalArgumentException("nothing measured: the measured time must be at least a second");
        }
        return new LoadReport(handsets, (System.nanoTime() - measuredSince) / 1e9, lastSteps - stepsBefore, tally.sessions() - sessionsBefore,
                lastFailures - failuresBefore, total);
    }
}
