namespace Crm.Modules.Identity.Features;

internal sealed record VisibilityRuleResponse(string RecordType, string Scope);
