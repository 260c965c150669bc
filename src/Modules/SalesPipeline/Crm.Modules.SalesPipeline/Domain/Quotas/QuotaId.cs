using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Quotas;

internal readonly record struct QuotaId(Guid Value) : ITypedId
{
    public static QuotaId New() => new(TypedId.NewValue());
}
