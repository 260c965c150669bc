using Ganss.Xss;
using Markdig;

namespace Crm.Modules.Contacts.Features.Notes;

/// <summary>
/// A note's Markdown as HTML safe to show: raw HTML in the Markdown is not rendered, and what Markdig writes then goes
/// through an allow-list (no scripts, styles, event handlers, images or element names; links to web, mail and phone
/// addresses only). Markdig's generic attributes are left out: a <c>name</c> on an element would shadow <c>document</c>'s own.
/// </summary>
internal sealed class NoteHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoLinks()
        .UseListExtras()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string Render(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var attribute in new[] { "style", "class", "name", "id", "target" })
        {
            sanitizer.AllowedAttributes.Remove(attribute);
        }

        // Remote images would tell their owner who reads the note, and when.
        sanitizer.AllowedTags.Remove("img");
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer;
    }
}
