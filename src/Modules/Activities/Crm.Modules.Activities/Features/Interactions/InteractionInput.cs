using Crm.Modules.Activities.Domain.Interactions;
using Crm.Shared.Kernel;
using FluentValidation;

namespace Crm.Modules.Activities.Features.Interactions;

/// <summary>The fields a client writes on an interaction, shared by logging and update.</summary>
internal interface IInteractionInput
{
    InteractionKind? Kind { get; }

    DateTimeOffset? HappenedAtUtc { get; }

    CallDirection? Direction { get; }

    int? DurationSeconds { get; }

    CallOutcome? Outcome { get; }

    string? Title { get; }

    string? Location { get; }

    string? Notes { get; }

    IReadOnlyList<Guid>? ContactIds { get; }

    Guid? CompanyId { get; }

    Guid? DealId { get; }
}

/// <summary>The field checks of an interaction written by a client, answered as a 400 naming each field.</summary>
internal abstract class InteractionInputValidator<T> : AbstractValidator<T>
    where T : IInteractionInput
{
    protected InteractionInputValidator()
    {
        RuleFor(r => r.Kind).NotNull().WithMessage("Say whether it was a Call or a Visit.").IsInEnum();
        RuleFor(r => r.Title).Must(t => t!.Trim().Length <= InteractionDetails.TitleMaxLength).When(r => r.Title is not null)
            .WithMessage($"The subject holds at most {InteractionDetails.TitleMaxLength} characters.");
        RuleFor(r => r.Notes).Must(n => n!.Trim().Length <= InteractionDetails.NotesMaxLength).When(r => r.Notes is not null)
            .WithMessage($"The notes hold at most {InteractionDetails.NotesMaxLength} characters.");
        RuleFor(r => r.ContactIds).Must(ids => ids!.Count <= InteractionDetails.MaxContacts).When(r => r.ContactIds is not null)
            .WithMessage($"An interaction is with at most {InteractionDetails.MaxContacts} contacts.");
        RuleFor(r => r.ContactIds).Must(ids => !ids!.Contains(Guid.Empty)).When(r => r.ContactIds is not null).WithMessage("A contact id is not empty.");
        RuleFor(r => r.ContactIds).Must((r, ids) => ids is { Count: > 0 } || r.CompanyId is not null || r.DealId is not null)
            .WithMessage("Link the interaction to a contact, a company or a deal.");
        When(r => r.Kind == InteractionKind.Call, () =>
        {
            RuleFor(r => r.Direction).NotNull().WithMessage("Say whether the call was Inbound or Outbound.").IsInEnum();
            RuleFor(r => r.DurationSeconds).NotNull().WithMessage("Give the call's duration in seconds.")
                .InclusiveBetween(0, InteractionDetails.MaxDurationSeconds).WithMessage($"A call lasts 0 to {InteractionDetails.MaxDurationSeconds} seconds.");
            RuleFor(r => r.Outcome).NotNull().WithMessage("Give the call's outcome.").IsInEnum();
            RuleFor(r => r.Location).Null().WithMessage("A call has no location.");
        });
        When(r => r.Kind == InteractionKind.Visit, () =>
        {
            RuleFor(r => r.Notes).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Write what the visit was about.");
            RuleFor(r => r.Location).Must(l => l!.Trim().Length <= InteractionDetails.LocationMaxLength).When(r => r.Location is not null)
                .WithMessage($"The location holds at most {InteractionDetails.LocationMaxLength} characters.");
            RuleFor(r => r.Direction).Null().WithMessage("A visit has no direction.");
            RuleFor(r => r.DurationSeconds).Null().WithMessage("A visit report has no call duration.");
            RuleFor(r => r.Outcome).Null().WithMessage("A visit has no call outcome.");
        });
    }
}

internal static class InteractionInputs
{
    public static Result<InteractionDetails> ToDetails(this IInteractionInput input, DateTimeOffset now) => InteractionDetails.Create(
        input.Kind ?? InteractionKind.Call, input.HappenedAtUtc ?? now, input.Direction, input.DurationSeconds, input.Outcome, input.Title, input.Location, input.Notes,
        input.ContactIds, input.CompanyId, input.DealId);
}
