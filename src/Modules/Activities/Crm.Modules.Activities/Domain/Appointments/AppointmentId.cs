using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Appointments;

internal readonly record struct AppointmentId(Guid Value) : ITypedId, IComparable<AppointmentId>
{
    public static AppointmentId New() => new(TypedId.NewValue());

    public int CompareTo(AppointmentId other) => Value.CompareTo(other.Value);
}
