package de.kundenkontakt.quickcheck.app.company;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of the companies feature. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CompanyProperties.class)
class CompanyConfiguration {}
