using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;

namespace Crm.Modules.Activities.Features.AnswerAppointment;

/// <summary>
/// Records an attendee's answer: the caller's own, or, with <see cref="ContactId"/>, a contact's as told to the
/// organiser (who must be allowed to change the appointment).
/// </summary>
internal sealed record AnswerAppointment(Guid Id, AttendeeResponse Response, Guid? ContactId) : ICommand<Result<AppointmentResponse>>;

internal sealed class AnswerAppointmentValidator : AbstractValidator<AnswerAppointment>
{
    public AnswerAppointmentValidator() => RuleFor(c => c.Response).IsInEnum().NotEqual(AttendeeResponse.NeedsAction).WithMessage("Answer accepted, tentative or declined.");
}

internal sealed class AnswerAppointmentHandler(ActivitiesDbContext db, VisibleAppointmentLoader loader, AppointmentReminders reminders, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<AnswerAppointment, Result<AppointmentResponse>>
{
    public async ValueTask<Result<AppointmentResponse>> Handle(AnswerAppointment command, CancellationToken cancellationToken)
    {
        var access = command.ContactId is null ? AppointmentAccess.Answer : AppointmentAccess.Change;
        var appointment = await loader.LoadAsync(command.Id, access, cancellationToken);
        if (!appointment.IsSuccess)
        {
            return appointment.Error!;
        }

        var answered = command.ContactId is { } contactId
            ? appointment.Value.Answer(AttendeeKind.Contact, contactId, command.Response, time.GetUtcNow())
            : appointment.Value.Answer(AttendeeKind.User, currentUser.Id, command.Response, time.GetUtcNow());
        if (!answered.IsSuccess)
        {
            return answered.Error!;
        }

        await reminders.PlanAsync(appointment.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AppointmentResponse.From(appointment.Value);
    }
}
