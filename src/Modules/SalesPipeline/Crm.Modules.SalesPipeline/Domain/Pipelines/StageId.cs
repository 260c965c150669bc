using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Pipelines;

internal readonly record struct StageId(Guid Value) : ITypedId
{
    public static StageId New() => new(TypedId.NewValue());
}
