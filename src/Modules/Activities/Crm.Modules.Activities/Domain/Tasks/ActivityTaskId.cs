using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Tasks;

internal readonly record struct ActivityTaskId(Guid Value) : ITypedId, IComparable<ActivityTaskId>
{
    public static ActivityTaskId New() => new(TypedId.NewValue());

    public int CompareTo(ActivityTaskId other) => Value.CompareTo(other.Value);
}
