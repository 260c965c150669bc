using Crm.Shared.Kernel;

namespace Crm.Modules.Identity.Teams;

internal readonly record struct TeamId(Guid Value) : ITypedId
{
    public static TeamId New() => new(TypedId.NewValue());
}
