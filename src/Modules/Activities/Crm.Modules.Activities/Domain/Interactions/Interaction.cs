using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Interactions;

/// <summary>
/// A call or a visit that happened, logged by a user (its owner for record visibility) and linked to the contacts,
/// company and deal it was about.
/// </summary>
internal sealed class Interaction : AggregateRoot<InteractionId>
{
    // A list the persistence can fill, handed out read-only.
    private readonly List<InteractionContact> _contacts = [];

    private Interaction(InteractionId id, Guid loggedBy, DateTimeOffset loggedAtUtc)
        : base(id)
    {
        LoggedBy = loggedBy;
        LoggedAtUtc = loggedAtUtc;
    }

    public InteractionKind Kind { get; private set; }

    public DateTimeOffset HappenedAtUtc { get; private set; }

    public CallDirection? Direction { get; private set; }

    public int? DurationSeconds { get; private set; }

    public CallOutcome? Outcome { get; private set; }

    [PersonalData]
    public string? Title { get; private set; }

    [PersonalData]
    public string? Location { get; private set; }

    [PersonalData]
    public string? Notes { get; private set; }

    public IReadOnlyList<InteractionContact> Contacts => _contacts;

    public Guid? CompanyId { get; private set; }

    public Guid? DealId { get; private set; }

    public Guid LoggedBy { get; private set; }

    public DateTimeOffset LoggedAtUtc { get; private set; }

    public static Interaction Log(InteractionDetails details, Guid loggedBy, DateTimeOffset now)
    {
        var loggedAt = now.ToStoredPrecision();
        var interaction = new Interaction(InteractionId.New(), loggedBy, loggedAt);
        interaction.Apply(details);
        interaction.Raise(new InteractionLogged(
            interaction.Id, details.Kind, details.HappenedAtUtc, details.Direction, details.DurationSeconds, details.Outcome, details.Title, details.Location,
            details.Notes, loggedBy, details.ContactIds, details.CompanyId, details.DealId, loggedAt));
        return interaction;
    }

    public void Change(InteractionDetails details, DateTimeOffset now)
    {
        Apply(details);
        Raise(new InteractionChanged(
            Id, details.Kind, details.HappenedAtUtc, details.Direction, details.DurationSeconds, details.Outcome, details.Title, details.Location,
            details.Notes, LoggedBy, details.ContactIds, details.CompanyId, details.DealId, now));
    }

    /// <summary>Puts <paramref name="targetId"/> where any of <paramref name="mergedIds"/> stood (contacts merged into it), once.</summary>
    public void RepointContacts(IReadOnlyCollection<Guid> mergedIds, Guid targetId)
    {
        if (_contacts.RemoveAll(c => mergedIds.Contains(c.ContactId)) > 0 && _contacts.All(c => c.ContactId != targetId))
        {
            _contacts.Add(new InteractionContact(Id, targetId));
        }
    }

    /// <summary>Drops a deleted contact, company or deal from the interaction; false when it is then about nobody.</summary>
    public bool Forget(string recordType, Guid recordId)
    {
        switch (recordType)
        {
            case "contact":
                _contacts.RemoveAll(c => c.ContactId == recordId);
                break;
            case "company" when CompanyId == recordId:
                CompanyId = null;
                break;
            case "deal" when DealId == recordId:
                DealId = null;
                break;
        }

        return _contacts.Count > 0 || CompanyId is not null || DealId is not null;
    }

    public void MarkDeleted(DateTimeOffset now) =>
        Raise(new InteractionDeleted(Id, [.. _contacts.Select(c => c.ContactId)], CompanyId, DealId, now));

    private void Apply(InteractionDetails details)
    {
        Kind = details.Kind;
        HappenedAtUtc = details.HappenedAtUtc;
        Direction = details.Direction;
        DurationSeconds = details.DurationSeconds;
        Outcome = details.Outcome;
        Title = details.Title;
        Location = details.Location;
        Notes = details.Notes;
        CompanyId = details.CompanyId;
        DealId = details.DealId;

        // Rows kept stay tracked as they are: a contact removed then added again would clash on its key.
        _contacts.RemoveAll(c => !details.ContactIds.Contains(c.ContactId));
        foreach (var contactId in details.ContactIds.Where(id => _contacts.All(c => c.ContactId != id)))
        {
            _contacts.Add(new InteractionContact(Id, contactId));
        }
    }
}
