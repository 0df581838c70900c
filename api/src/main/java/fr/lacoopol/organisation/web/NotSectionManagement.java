package fr.lacoopol.organisation.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint under {@code /api/sections/{sectionId}} that is not section management, and so takes no
 * {@link ManagedSections.ManagedSection}: who may call it is decided by its own rule, which {@link #why} names.
 * Every other endpoint there takes a {@code ManagedSection} parameter (a test checks it).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotSectionManagement {

    /** Who may call it, and what checks it. */
    String why();
}
