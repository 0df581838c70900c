package fr.lacoopol.demo;

/** The actor (AUD-1) of the demo data's commands. Its people have joined already: no invitation e-mail. */
public final class DemoActor {

    public static final String NAME = "demo-data";

    private DemoActor() {
    }
}
