using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using FluentValidation;

namespace Crm.Modules.Activities.Features.Appointments;

/// <summary>The field checks of an appointment written by a client, answered as a 400 naming each field.</summary>
internal sealed class AppointmentRequestValidator : AbstractValidator<AppointmentRequest>
{
    public const int MaxAttendees = 100;

    public AppointmentRequestValidator()
    {
        RuleFor(r => r.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Give the appointment a title.");
        RuleFor(r => r.Start).NotNull().When(r => !r.AllDay).WithMessage("Give the start, a date and time without offset (e.g. 2026-12-01T10:00).");
        RuleFor(r => r.End).NotNull().When(r => !r.AllDay).WithMessage("Give the end, a date and time without offset (e.g. 2026-12-01T11:00).");
        RuleFor(r => r.Start).Must(NoOffset).When(r => r.Start is not null).WithMessage(OffsetMessage);
        RuleFor(r => r.End).Must(NoOffset).When(r => r.End is not null).WithMessage(OffsetMessage);
        RuleFor(r => r.StartDate).NotNull().When(r => r.AllDay).WithMessage("Give the first day of the all-day event (startDate).");
        RuleForEach(r => r.Exceptions).Must(e => NoOffset(e)).WithMessage(OffsetMessage);
        RuleFor(r => r.UserIds).Must(u => u!.Count <= MaxAttendees).When(r => r.UserIds is not null).WithMessage($"Invite at most {MaxAttendees} colleagues.");
        RuleFor(r => r.ReminderMinutesBefore).Must(m => m!.Count <= AppointmentReminders.MaxReminders).When(r => r.ReminderMinutesBefore is not null)
            .WithMessage($"Set at most {AppointmentReminders.MaxReminders} reminders.");
        RuleForEach(r => r.ReminderMinutesBefore).InclusiveBetween(0, AppointmentReminders.MaxMinutesBefore)
            .WithMessage($"A reminder comes 0 to {AppointmentReminders.MaxMinutesBefore} minutes (four weeks) before.");
        RuleFor(r => r.ContactIds).Must(c => c!.Count <= MaxAttendees).When(r => r.ContactIds is not null).WithMessage($"Invite at most {MaxAttendees} contacts.");
    }

    private const string OffsetMessage = "Give wall-clock times without offset or Z: they are read in the appointment's timeZone.";

    private static bool NoOffset(DateTime? value) => value is null || value.Value.Kind == DateTimeKind.Unspecified;
}

/// <summary>Turns a request into checked details, schedule and attendees, asking Identity and Contacts about the people.</summary>
internal sealed class AppointmentInputReader(ICurrentUser currentUser, IUserDirectory users, IContactsDirectory contacts)
{
    public async Task<Result<AppointmentInput>> ReadAsync(AppointmentRequest request, IReadOnlyCollection<Guid> alreadyInvited, CancellationToken cancellationToken)
    {
        var details = AppointmentDetails.Create(request.Title, request.Description, request.Location, request.VideoLink, request.RelatedType, request.RelatedId);
        if (!details.IsSuccess)
        {
            return details.Error!;
        }

        var timeZone = string.IsNullOrWhiteSpace(request.TimeZone)
            ? (await currentUser.GetPreferencesAsync(cancellationToken)).TimeZone
            : request.TimeZone.Trim();
        var schedule = request.AllDay
            ? AppointmentSchedule.AllDayEvent(timeZone, request.StartDate!.Value, request.EndDate ?? request.StartDate.Value, request.Recurrence, request.Exceptions)
            : AppointmentSchedule.Timed(timeZone, request.Start!.Value, request.End!.Value, request.Recurrence, request.Exceptions);
        if (!schedule.IsSuccess)
        {
            return schedule.Error!;
        }

        var userIds = (request.UserIds ?? []).Distinct().ToList();
        foreach (var userId in userIds.Where(u => !alreadyInvited.Contains(u)))
        {
            if (!await users.IsActiveUserAsync(userId, cancellationToken))
            {
                return AppointmentErrors.UserInactive(userId);
            }
        }

        var contactIds = (request.ContactIds ?? []).Distinct().ToList();
        var newContacts = contactIds.Where(c => !alreadyInvited.Contains(c)).ToList();
        if (newContacts.Count > 0)
        {
            var found = (await contacts.FindContactsAsync(newContacts, cancellationToken)).Select(c => c.Id).ToHashSet();
            var missing = newContacts.FirstOrDefault(c => !found.Contains(c));
            if (missing != Guid.Empty)
            {
                return AppointmentErrors.ContactNotFound(missing);
            }
        }

        return new AppointmentInput(details.Value, schedule.Value, userIds, contactIds);
    }
}

internal sealed record AppointmentInput(AppointmentDetails Details, AppointmentSchedule Schedule, IReadOnlyList<Guid> UserIds, IReadOnlyList<Guid> ContactIds);
