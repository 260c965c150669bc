namespace Crm.Modules.SalesPipeline.Domain.Deals;

/// <summary>How sure the owner is of an open deal: the forecast sums pipeline, best case and commit apart.</summary>
internal enum ForecastCategory
{
    Pipeline,
    BestCase,
    Commit,
    Omitted,
}
