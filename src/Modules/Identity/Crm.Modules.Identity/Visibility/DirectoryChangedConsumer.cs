using Crm.Modules.Identity.Contracts;
using MassTransit;

namespace Crm.Modules.Identity.Visibility;

/// <summary>Drops the cached directory when users, teams or visibility rules change.</summary>
internal sealed class DirectoryChangedConsumer(DirectoryCache directory) :
    IConsumer<UserDeactivatedIntegrationEvent>,
    IConsumer<UserReactivatedIntegrationEvent>,
    IConsumer<TeamMembershipChangedIntegrationEvent>,
    IConsumer<TeamChangedIntegrationEvent>,
    IConsumer<RecordVisibilityChangedIntegrationEvent>
{
    public Task Consume(ConsumeContext<UserDeactivatedIntegrationEvent> context) => Invalidate();

    public Task Consume(ConsumeContext<UserReactivatedIntegrationEvent> context) => Invalidate();

    public Task Consume(ConsumeContext<TeamMembershipChangedIntegrationEvent> context) => Invalidate();

    public Task Consume(ConsumeContext<TeamChangedIntegrationEvent> context) => Invalidate();

    public Task Consume(ConsumeContext<RecordVisibilityChangedIntegrationEvent> context) => Invalidate();

    private Task Invalidate()
    {
        directory.Invalidate();
        return Task.CompletedTask;
    }
}
