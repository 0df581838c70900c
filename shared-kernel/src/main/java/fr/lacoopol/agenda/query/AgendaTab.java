package fr.lacoopol.agenda.query;

/** EVT-9: my agenda (yes or maybe, upcoming first), my invitations (awaiting my answer), the events I created. */
public enum AgendaTab {
    AGENDA, INVITATIONS, CREATED
}
