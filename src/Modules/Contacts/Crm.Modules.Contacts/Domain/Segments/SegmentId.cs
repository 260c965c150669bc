using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Segments;

internal readonly record struct SegmentId(Guid Value) : ITypedId
{
    public static SegmentId New() => new(TypedId.NewValue());
}
