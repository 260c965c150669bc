using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.LeaveOutOccurrence;

/// <summary>Cancels one occurrence of a series, named by its wall-clock start in the series' time zone (an EXDATE).</summary>
internal sealed record LeaveOutOccurrence(Guid Id, DateTime OccurrenceStart, VersionPrecondition Precondition) : ICommand<Result<AppointmentResponse>>;

internal sealed class LeaveOutOccurrenceHandler(ActivitiesDbContext db, VisibleAppointmentLoader loader, AppointmentReminders reminders) : ICommandHandler<LeaveOutOccurrence, Result<AppointmentResponse>>
{
    public async ValueTask<Result<AppointmentResponse>> Handle(LeaveOutOccurrence command, CancellationToken cancellationToken)
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

        var left = appointment.Value.LeaveOut(DateTime.SpecifyKind(command.OccurrenceStart, DateTimeKind.Unspecified));
        if (!left.IsSuccess)
        {
            return left.Error!;
        }

        await reminders.PlanAsync(appointment.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AppointmentResponse.From(appointment.Value);
    }
}
