using Crm.Modules.Activities.Features.Appointments;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.GetAppointment;

internal sealed record GetAppointment(Guid Id) : IQuery<Result<AppointmentResponse>>;

internal sealed class GetAppointmentHandler(VisibleAppointmentLoader loader) : IQueryHandler<GetAppointment, Result<AppointmentResponse>>
{
    public async ValueTask<Result<AppointmentResponse>> Handle(GetAppointment query, CancellationToken cancellationToken)
    {
        var appointment = await loader.LoadAsync(query.Id, AppointmentAccess.Read, cancellationToken);
        return appointment.IsSuccess ? AppointmentResponse.From(appointment.Value) : appointment.Error!;
    }
}
