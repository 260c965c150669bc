namespace Crm.Modules.SalesPipeline.Domain.Pipelines;

/// <summary>Open stages hold the deals being worked; a deal entering the won or the lost stage is closed.</summary>
internal enum StageKind
{
    Open,
    Won,
    Lost,
}
