using Crm.Modules.Activities;
using Crm.Modules.Contacts;
using Crm.Modules.Identity;
using Crm.Modules.Reporting;
using Crm.Modules.SalesPipeline;
using Crm.Shared.Infrastructure.Modules;

namespace Crm.Host;

/// <summary>Every module the process hosts. Adding a module: one line here, and its assembly in the Mediator options in Program.cs.</summary>
internal static class ModuleCatalogue
{
    public static IReadOnlyList<IModule> Modules { get; } =
    [
        new IdentityModule(),
        new ContactsModule(),
        new SalesPipelineModule(),
        new ActivitiesModule(),
        new ReportingModule(),
    ];
}
