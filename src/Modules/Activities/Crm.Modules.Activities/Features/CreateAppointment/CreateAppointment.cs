using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Activities.Features.Calendars;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;

namespace Crm.Modules.Activities.Features.CreateAppointment;

/// <summary>Schedules an appointment organised by the caller, and tells which attendees are busy then.</summary>
internal sealed record CreateAppointment(AppointmentRequest Request) : ICommand<Result<AppointmentResponse>>;

internal sealed class CreateAppointmentValidator : AbstractValidator<CreateAppointment>
{
    public CreateAppointmentValidator() => RuleFor(c => c.Request).SetValidator(new AppointmentRequestValidator());
}

internal sealed class CreateAppointmentHandler(
    ActivitiesDbContext db, AppointmentInputReader reader, ConflictFinder conflicts, InvitationSender invitations, AppointmentReminders reminders,
    ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<CreateAppointment, Result<AppointmentResponse>>
{
    public async ValueTask<Result<AppointmentResponse>> Handle(CreateAppointment command, CancellationToken cancellationToken)
    {
        var input = await reader.ReadAsync(command.Request, [], cancellationToken);
        if (!input.IsSuccess)
        {
            return input.Error!;
        }

        var appointment = Appointment.Create(
            input.Value.Details, input.Value.Schedule, currentUser.Id, input.Value.UserIds, input.Value.ContactIds, currentUser.Id, time.GetUtcNow());
        appointment.RemindBefore(command.Request.ReminderMinutesBefore ?? (appointment.AllDay ? [] : AppointmentReminders.Default));
        db.Appointments.Add(appointment);
        await reminders.PlanAsync(appointment, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var invited = command.Request.SendInvitations == false ? [] : appointment.ContactIds.ToList();
        return AppointmentResponse.From(
            appointment,
            await conflicts.FindAsync(appointment, cancellationToken),
            await invitations.SendAsync(appointment, invited, cancellation: false, cancellationToken));
    }
}
