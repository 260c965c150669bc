using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Interactions;

internal readonly record struct InteractionId(Guid Value) : ITypedId, IComparable<InteractionId>
{
    public static InteractionId New() => new(TypedId.NewValue());

    public int CompareTo(InteractionId other) => Value.CompareTo(other.Value);
}
