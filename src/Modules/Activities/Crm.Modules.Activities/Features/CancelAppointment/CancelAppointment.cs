using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Activities.Features.Calendars;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.CancelAppointment;

/// <summary>Cancels a whole appointment (a series with all its occurrences); it leaves every calendar, and contacts are told by email.</summary>
internal sealed record CancelAppointment(Guid Id, VersionPrecondition Precondition) : ICommand<Result<AppointmentResponse>>;

internal sealed class CancelAppointmentHandler(ActivitiesDbContext db, VisibleAppointmentLoader loader, InvitationSender invitations, AppointmentReminders reminders) : ICommandHandler<CancelAppointment, Result<AppointmentResponse>>
{
    public async ValueTask<Result<AppointmentResponse>> Handle(CancelAppointment command, CancellationToken cancellationToken)
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

        var cancelled = appointment.Value.Cancel();
        if (!cancelled.IsSuccess)
        {
            return cancelled.Error!;
        }

        await reminders.PlanAsync(appointment.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var told = await invitations.SendAsync(appointment.Value, appointment.Value.ContactIds.ToList(), cancellation: true, cancellationToken);
        return AppointmentResponse.From(appointment.Value, invitations: told);
    }
}
