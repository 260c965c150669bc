namespace Crm.Modules.SalesPipeline.Domain.Subscriptions;

/// <summary>A term runs (Active), then is followed by the next term (Renewed) or ends the relationship (Churned).</summary>
internal enum SubscriptionStatus
{
    Active,
    Renewed,
    Churned,
}
