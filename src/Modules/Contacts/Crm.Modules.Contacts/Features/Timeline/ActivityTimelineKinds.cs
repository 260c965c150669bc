using System.Text.Json;
using Crm.Modules.Contacts.Domain.Common;

namespace Crm.Modules.Contacts.Features.Timeline;

/// <summary>The timeline kinds of the Activities module's events, and how their details are cut to fit an entry.</summary>
internal static class ActivityTimelineKinds
{
    public const string Call = "call";
    public const string Visit = "visit";
    public const string TaskDone = "task_done";
    public const string Meeting = "meeting";

    private const int ExcerptLines = 3;
    private const int ExcerptMaxLength = 240;
    private const int TitleMaxLength = 120;

    public static IEnumerable<(RecordKind Kind, Guid Id)> Subjects(Guid? companyId, IReadOnlyList<Guid> contactIds)
    {
        var subjects = contactIds.Distinct().Select(id => (RecordKind.Contact, id));
        return companyId is { } company ? subjects.Prepend((RecordKind.Company, company)) : subjects;
    }

    /// <summary>The notes' first lines, cut short: what a timeline shows of them.</summary>
    public static string? Excerpt(string? notes) =>
        Cut(notes is null ? null : string.Join('\n', notes.Split('\n').Select(l => l.TrimEnd('\r')).Take(ExcerptLines)).Trim(), ExcerptMaxLength);

    public static string? ShortTitle(string? title) => Cut(title, TitleMaxLength);

    /// <summary>
    /// The detail JSON built by <paramref name="shape"/> from its texts, the longest halved until it fits an entry
    /// (escaped characters make the JSON longer than the texts).
    /// </summary>
    public static string FitDetail(Func<string?[], object> shape, params string?[] texts)
    {
        while (true)
        {
            var json = JsonSerializer.Serialize(shape(texts));
            var longest = texts.Select((t, i) => (Length: t?.Length ?? 0, Index: i)).MaxBy(t => t.Length);
            if (json.Length <= TimelineEntry.DetailMaxLength || longest.Length == 0)
            {
                return json;
            }

            var text = texts[longest.Index]!;
            texts[longest.Index] = text.Length > 1 ? text[..(text.Length / 2)] : null;
        }
    }

    private static string? Cut(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max].TrimEnd() + "…";
}
