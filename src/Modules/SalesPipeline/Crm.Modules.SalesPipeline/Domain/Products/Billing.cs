namespace Crm.Modules.SalesPipeline.Domain.Products;

/// <summary>How a product is paid: once, or every month or year (a won deal holding a recurring product starts a subscription).</summary>
internal enum Billing
{
    OneOff,
    Monthly,
    Yearly,
}
