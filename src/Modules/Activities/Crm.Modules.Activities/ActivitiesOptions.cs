namespace Crm.Modules.Activities;

/// <summary>The <c>Activities</c> settings.</summary>
internal sealed class ActivitiesOptions
{
    public const string Section = "Activities";

    /// <summary>The language (<c>fr</c> | <c>en</c>) of the tasks the system writes (a deal's follow-up).</summary>
    public string Language { get; set; } = "fr";
}
