namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>Limits and pace of imports (configuration section <c>Contacts:Imports</c>).</summary>
internal sealed class ImportOptions
{
    public const string Section = "Contacts:Imports";

    public long MaxFileBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Rows read, checked and saved together, in one transaction with the import's progress.</summary>
    public int BatchSize { get; set; } = 5000;

    /// <summary>How often an idle worker looks for imports started by another process.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
