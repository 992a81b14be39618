package dev.torrentd.app.metrics;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.qbittorrent.AltSpeedLimits;
import dev.torrentd.qbittorrent.QbProfile;
import dev.torrentd.qbittorrent.auth.LoginAttempts;
import dev.torrentd.qbittorrent.metrics.QbittorrentExporterMetrics;
import dev.torrentd.utorrent.auth.GuiLoginFailures;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.config.MeterFilter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts torrentd's series on {@code /actuator/prometheus} (docs/metrics.md): the
 * qBittorrent exporters' names and torrentd's snapshot series as collectors of the
 * Prometheus registry, the counted ones as Micrometer meters.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsProperties.class)
public class MetricsConfiguration {

	/**
	 * Distinct {@code endpoint} labels kept; beyond that new ones are dropped, whatever
	 * paths clients make up.
	 */
	static final int MAX_ENDPOINTS = 300;

	/*
	 * The Prometheus registry exists unless export is off (Spring Boot's tests turn it
	 * off unless they ask for metrics with @AutoConfigureMetrics).
	 */

	@Bean
	QbittorrentExporterMetrics qbittorrentExporterMetrics(TorrentEngine engine, QbProfile profile,
			AltSpeedLimits altSpeedLimits, MetricsProperties properties, ObjectProvider<PrometheusRegistry> registry) {
		QbittorrentExporterMetrics metrics = new QbittorrentExporterMetrics(engine, profile, altSpeedLimits,
				properties.perTorrent());
		registry.ifAvailable((prometheus) -> prometheus.register(metrics));
		return metrics;
	}

	@Bean
	TorrentdSnapshotMetrics torrentdSnapshotMetrics(TorrentEngine engine, ObjectProvider<PrometheusRegistry> registry) {
		TorrentdSnapshotMetrics metrics = new TorrentdSnapshotMetrics(engine, Clock.systemUTC());
		registry.ifAvailable((prometheus) -> prometheus.register(metrics));
		return metrics;
	}

	/** Dropped alerts and resume-data writes, from {@link TorrentEngine#counters()}. */
	@Bean
	MeterBinder engineMeters(TorrentEngine engine) {
		return (registry) -> {
			FunctionCounter.builder("torrentd.libtorrent.alerts.dropped", engine, (e) -> e.counters().alertsDropped())
				.description("Times libtorrent's alert queue overflowed and dropped alerts")
				.register(registry);
			FunctionTimer
				.builder("torrentd.resume.data.writes", engine, (e) -> e.counters().resumeDataWrites(),
						(e) -> e.counters().resumeDataWriteNanos(), TimeUnit.NANOSECONDS)
				.description("Resume-data files written to the state directory, and the time spent writing them")
				.register(registry);
		};
	}

	/**
	 * Failed logins per dialect and qBittorrent's active bans. The µTorrent dialect's
	 * count exists only while it is enabled.
	 */
	@Bean
	MeterBinder loginMeters(LoginAttempts qbittorrent, ObjectProvider<GuiLoginFailures> utorrent) {
		return (registry) -> {
			FunctionCounter.builder("torrentd.login.failures", qbittorrent, LoginAttempts::totalFailures)
				.description("Failed logins (qBittorrent: auth/login and API v1 /login)")
				.tag("dialect", "qbittorrent")
				.register(registry);
			Gauge.builder("torrentd.login.bans.active", qbittorrent, LoginAttempts::activeBans)
				.description("Client addresses banned now after too many failed logins")
				.tag("dialect", "qbittorrent")
				.register(registry);
			utorrent.ifAvailable(
					(failures) -> FunctionCounter.builder("torrentd.login.failures", failures, GuiLoginFailures::count)
						.description("Failed logins (µTorrent: HTTP Basic on /gui/ and /proxy)")
						.tag("dialect", "utorrent")
						.register(registry));
		};
	}

	/** Before every security filter chain, so that refused requests are counted too. */
	@Bean
	FilterRegistrationBean<HttpMetricsFilter> httpMetricsFilter(MeterRegistry registry) {
		FilterRegistrationBean<HttpMetricsFilter> registration = new FilterRegistrationBean<>(
				new HttpMetricsFilter(registry));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	MeterFilter endpointLabelLimit() {
		return MeterFilter.maximumAllowableTags(HttpMetricsFilter.REQUESTS, "endpoint", MAX_ENDPOINTS,
				MeterFilter.deny());
	}

}
