using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Pipelines;

internal readonly record struct PipelineId(Guid Value) : ITypedId
{
    public static PipelineId New() => new(TypedId.NewValue());
}
