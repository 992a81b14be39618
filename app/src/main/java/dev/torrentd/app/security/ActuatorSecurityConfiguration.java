package dev.torrentd.app.security;

import dev.torrentd.app.metrics.MetricsProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /actuator/**}: health and its liveness/readiness groups (and {@code /livez},
 * {@code /readyz}) for anyone, as container engines and orchestrators probe them without
 * credentials; {@code /actuator/prometheus} with HTTP Basic and the server's user name
 * and password (what a Prometheus {@code basic_auth} scrape sends), or for anyone with
 * {@code torrentd.metrics.public=true}.
 */
@Configuration(proxyBeanMethods = false)
public class ActuatorSecurityConfiguration {

	/** The realm of the Basic challenge. */
	public static final String REALM = "torrentd";

	@Bean
	@Order(4)
	SecurityFilterChain actuatorFilterChain(HttpSecurity http, AccountStore accounts, PasswordEncoder passwordEncoder,
			MetricsProperties metrics) throws Exception {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		http.securityMatcher("/actuator", "/actuator/**", "/livez", "/readyz").authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz").permitAll();
			if (metrics.publicEndpoint()) {
				requests.requestMatchers("/actuator/prometheus").permitAll();
			}
			requests.anyRequest().authenticated();
		})
			.httpBasic((basic) -> basic.realmName(REALM))
			.authenticationManager(new ProviderManager(provider))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable());
		return http.build();
	}

}
