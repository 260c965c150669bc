using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Activities.Features.Calendars;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;

namespace Crm.Modules.Activities.Features.UpdateAppointment;

/// <summary>Rewrites an appointment; attendees who stay keep their answers unless the times changed.</summary>
internal sealed record UpdateAppointment(Guid Id, AppointmentRequest Request, VersionPrecondition Precondition) : ICommand<Result<AppointmentResponse>>;

internal sealed class UpdateAppointmentValidator : AbstractValidator<UpdateAppointment>
{
    public UpdateAppointmentValidator() => RuleFor(c => c.Request).SetValidator(new AppointmentRequestValidator());
}

internal sealed class UpdateAppointmentHandler(
    ActivitiesDbContext db, VisibleAppointmentLoader loader, AppointmentInputReader reader, ConflictFinder conflicts, InvitationSender invitations,
    AppointmentReminders reminders)
    : ICommandHandler<UpdateAppointment, Result<AppointmentResponse>>
{
    public async ValueTask<Result<AppointmentResponse>> Handle(UpdateAppointment command, CancellationToken cancellationToken)
    {
        var appointment = await loader.LoadAsync(command.Id, AppointmentAccess.Change, cancellationToken);
        if (!appointment.IsSuccess)
        {
            return appointment.Error!;
        }

        var current = command.Precondition.Check(appointment.Value.Version);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        var invited = appointment.Value.Attendees.Select(a => a.AttendeeId).ToHashSet();
        var input = await reader.ReadAsync(command.Request, invited, cancellationToken);
        if (!input.IsSuccess)
        {
            return input.Error!;
        }

        var contactsBefore = appointment.Value.ContactIds.ToList();
        var changed = appointment.Value.Change(input.Value.Details, input.Value.Schedule, input.Value.UserIds, input.Value.ContactIds);
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        if (command.Request.ReminderMinutesBefore is { } minutes)
        {
            appointment.Value.RemindBefore(minutes);
        }

        await reminders.PlanAsync(appointment.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var outcomes = new List<InvitationOutcome>();
        if (command.Request.SendInvitations != false)
        {
            var removed = contactsBefore.Except(appointment.Value.ContactIds).ToList();
            outcomes.AddRange(await invitations.SendAsync(appointment.Value, appointment.Value.ContactIds.ToList(), cancellation: false, cancellationToken));
            outcomes.AddRange(await invitations.SendAsync(appointment.Value, removed, cancellation: true, cancellationToken));
        }

        return AppointmentResponse.From(appointment.Value, await conflicts.FindAsync(appointment.Value, cancellationToken), outcomes);
    }
}
