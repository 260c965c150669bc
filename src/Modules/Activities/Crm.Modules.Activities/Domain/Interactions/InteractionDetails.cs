using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Interactions;

/// <summary>
/// What a logged interaction says, checked: a call has a direction, a duration and an outcome and no location; a visit
/// report has notes and no call fields; either is linked to at least one contact, company or deal.
/// </summary>
internal sealed record InteractionDetails(
    InteractionKind Kind,
    DateTimeOffset HappenedAtUtc,
    CallDirection? Direction,
    int? DurationSeconds,
    CallOutcome? Outcome,
    string? Title,
    string? Location,
    string? Notes,
    IReadOnlyList<Guid> ContactIds,
    Guid? CompanyId,
    Guid? DealId)
{
    public const int TitleMaxLength = 200;
    public const int LocationMaxLength = 200;
    public const int NotesMaxLength = 10_000;
    public const int MaxDurationSeconds = 86_400;
    public const int MaxContacts = 20;

    public static Result<InteractionDetails> Create(
        InteractionKind kind,
        DateTimeOffset happenedAtUtc,
        CallDirection? direction,
        int? durationSeconds,
        CallOutcome? outcome,
        string? title,
        string? location,
        string? notes,
        IReadOnlyList<Guid>? contactIds,
        Guid? companyId,
        Guid? dealId)
    {
        var cleanTitle = Clean(title);
        var cleanLocation = Clean(location);
        var cleanNotes = Clean(notes);
        var contacts = (contactIds ?? []).Distinct().ToList();
        if (!Enum.IsDefined(kind))
        {
            return Error.Validation("interaction.kind_invalid", "An interaction is a Call or a Visit.");
        }

        if (cleanTitle?.Length > TitleMaxLength)
        {
            return Error.Validation("interaction.title_too_long", $"An interaction's subject holds at most {TitleMaxLength} characters.");
        }

        if (cleanNotes?.Length > NotesMaxLength)
        {
            return Error.Validation("interaction.notes_too_long", $"An interaction's notes hold at most {NotesMaxLength} characters.");
        }

        if (contacts.Count > MaxContacts || contacts.Contains(Guid.Empty))
        {
            return Error.Validation("interaction.contacts_invalid", $"An interaction is with at most {MaxContacts} contacts.");
        }

        if (contacts.Count == 0 && companyId is null && dealId is null)
        {
            return Error.Validation("interaction.unlinked", "Link the interaction to a contact, a company or a deal.");
        }

        if (kind == InteractionKind.Call)
        {
            if (direction is null || !Enum.IsDefined(direction.Value) || outcome is null || !Enum.IsDefined(outcome.Value))
            {
                return Error.Validation("interaction.call_invalid", "A call has a direction (Inbound, Outbound) and an outcome.");
            }

            if (durationSeconds is null or < 0 or > MaxDurationSeconds)
            {
                return Error.Validation("interaction.duration_invalid", $"A call lasts 0 to {MaxDurationSeconds} seconds.");
            }

            if (cleanLocation is not null)
            {
                return Error.Validation("interaction.location_invalid", "A call has no location.");
            }
        }
        else
        {
            if (direction is not null || durationSeconds is not null || outcome is not null)
            {
                return Error.Validation("interaction.visit_invalid", "A visit report has no direction, duration or outcome.");
            }

            if (cleanNotes is null)
            {
                return Error.Validation("interaction.notes_required", "A visit report needs notes.");
            }

            if (cleanLocation?.Length > LocationMaxLength)
            {
                return Error.Validation("interaction.location_too_long", $"A visit's location holds at most {LocationMaxLength} characters.");
            }
        }

        return new InteractionDetails(
            kind, happenedAtUtc.ToStoredPrecision(), direction, durationSeconds, outcome, cleanTitle, cleanLocation, cleanNotes, contacts, companyId, dealId);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
