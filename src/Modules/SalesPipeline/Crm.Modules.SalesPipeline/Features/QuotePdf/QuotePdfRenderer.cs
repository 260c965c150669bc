using Crm.Modules.SalesPipeline.Domain.Quotes;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Crm.Modules.SalesPipeline.Features.QuotePdf;

/// <summary>
/// Draws a quote as an A4 PDF with PDFsharp: seller and title blocks, recipient, the lines table (continued on further
/// pages under a repeated header), the totals per VAT rate and overall, notes, the acceptance and signature area, and on
/// every page the seller's legal notice and "Page n / N". Stateless apart from PDFsharp's process-wide font set-up:
/// register it as a singleton.
/// </summary>
internal sealed class QuotePdfRenderer(TimeProvider timeProvider)
{
    public byte[] Render(QuotePdfModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        QuotePdfFontResolver.EnsureInstalled();

        var texts = QuotePdfTexts.For(model.Language, model.Currency);
        using var document = new PdfDocument();
        document.Info.Title = texts.DocumentTitle(model.DisplayNumber);
        document.Info.Author = model.Seller.Name;
        document.Info.Subject = model.DealName;
        document.Info.Creator = "Crm";
        document.Info.CreationDate = timeProvider.GetLocalNow().DateTime;
        document.Options.CompressContentStreams = true;

        new Composition(document, model, texts).Compose();

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private enum Align
    {
        Left,
        Right,
        Center,
    }

    private sealed record Column(string Header, double Width, Align Align);

    /// <summary>One rendering: the document, the page being drawn and where the next thing goes.</summary>
    private sealed class Composition
    {
        private const double Margin = 56.7; // 20 mm
        private const double Left = Margin;
        private const double CellPaddingX = 4;
        private const double CellPaddingY = 3;
        private const double SectionGap = 14;
        private const double MinimumFontSize = 5;

        private readonly PdfDocument _document;
        private readonly QuotePdfModel _model;
        private readonly QuotePdfTexts _texts;
        private readonly XFont _body;
        private readonly XFont _bodyBold;
        private readonly XFont _small;
        private readonly XFont _table;
        private readonly XFont _tableBold;
        private readonly XFont _sellerName;
        private readonly XFont _title;
        private readonly XFont _grossTotal;
        private readonly XBrush _ink = new XSolidBrush(XColor.FromArgb(33, 37, 41));
        private readonly XBrush _muted = new XSolidBrush(XColor.FromArgb(100, 106, 115));
        private readonly XBrush _accent = new XSolidBrush(XColor.FromArgb(31, 58, 95));
        private readonly XBrush _band = new XSolidBrush(XColor.FromArgb(233, 236, 240));
        private readonly XPen _rule = new(XColor.FromArgb(200, 204, 209), 0.5);
        private readonly XPen _strongRule = new(XColor.FromArgb(31, 58, 95), 0.8);

        private XGraphics _graphics = null!;
        private double _pageWidth;
        private double _pageHeight;
        private double _contentBottom;
        private double _y;
        private List<string> _legalNotice = [];
        private List<Column> _columns = [];

        public Composition(PdfDocument document, QuotePdfModel model, QuotePdfTexts texts)
        {
            _document = document;
            _model = model;
            _texts = texts;
            var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
            _body = new XFont(QuotePdfFontResolver.FamilyName, 9, XFontStyleEx.Regular, options);
            _bodyBold = new XFont(QuotePdfFontResolver.FamilyName, 9, XFontStyleEx.Bold, options);
            _small = new XFont(QuotePdfFontResolver.FamilyName, 7, XFontStyleEx.Regular, options);
            _table = new XFont(QuotePdfFontResolver.FamilyName, 8.5, XFontStyleEx.Regular, options);
            _tableBold = new XFont(QuotePdfFontResolver.FamilyName, 8, XFontStyleEx.Bold, options);
            _sellerName = new XFont(QuotePdfFontResolver.FamilyName, 12, XFontStyleEx.Bold, options);
            _title = new XFont(QuotePdfFontResolver.FamilyName, 20, XFontStyleEx.Bold, options);
            _grossTotal = new XFont(QuotePdfFontResolver.FamilyName, 10, XFontStyleEx.Bold, options);
        }

        private double ContentWidth => _pageWidth - (2 * Margin);

        private double Right => _pageWidth - Margin;

        public void Compose()
        {
            StartPage();
            _columns = Columns();
            _legalNotice = string.IsNullOrWhiteSpace(_model.Seller.LegalNotice) ? [] : Wrap(_model.Seller.LegalNotice, _small, ContentWidth);
            _contentBottom = _pageHeight - Margin - FooterHeight() - SectionGap;

            DrawHeader();
            DrawRecipient();
            DrawLines();
            DrawTotals();
            DrawNotes();
            DrawSignatureArea();
            _graphics.Dispose();

            DrawFooters();
        }

        // ---- pages ------------------------------------------------------------------------------------------------

        private void StartPage()
        {
            var page = _document.AddPage();
            page.Size = PageSize.A4;
            _graphics = XGraphics.FromPdfPage(page);
            _pageWidth = page.Width.Point;
            _pageHeight = page.Height.Point;
            _y = Margin;
        }

        /// <summary>A further page: a reminder of which quote it is, then (inside the table) the table header again.</summary>
        private void ContinueOnNewPage(bool withTableHeader)
        {
            _graphics.Dispose();
            StartPage();
            DrawText($"{_texts.DocumentTitle(_model.DisplayNumber)} {_texts.ContinuedLabel}", _small, _muted, Left, _y, Align.Left);
            _y += LineHeight(_small) + 8;
            if (withTableHeader)
            {
                DrawTableHeader();
            }
        }

        private double FooterHeight() => ((_legalNotice.Count + 1) * LineHeight(_small)) + 6;

        private void DrawFooters()
        {
            var pages = _document.PageCount;
            for (var index = 0; index < pages; index++)
            {
                using var graphics = XGraphics.FromPdfPage(_document.Pages[index], XGraphicsPdfPageOptions.Append);
                _graphics = graphics;
                var y = _pageHeight - Margin - FooterHeight();
                graphics.DrawLine(_rule, Left, y, Right, y);
                y += 6;
                foreach (var line in _legalNotice)
                {
                    DrawText(line, _small, _muted, Left + (ContentWidth / 2), y, Align.Center);
                    y += LineHeight(_small);
                }

                DrawText(_texts.PageLine(index + 1, pages), _small, _muted, Left + (ContentWidth / 2), y, Align.Center);
            }
        }

        // ---- header: seller, title, recipient ---------------------------------------------------------------------

        private void DrawHeader()
        {
            var seller = _model.Seller;
            var sellerWidth = ContentWidth * 0.52;
            var left = new List<(string Text, XFont Font, XBrush Brush)>();
            left.AddRange(Wrap(seller.Name, _sellerName, sellerWidth).Select(l => (l, _sellerName, _accent)));
            left.AddRange(seller.AddressLines.SelectMany(a => Wrap(a, _body, sellerWidth)).Select(l => (l, _body, _ink)));
            foreach (var identifier in new[]
            {
                Optional(seller.Siren, QuotePdfTexts.SirenLine),
                Optional(seller.Siret, QuotePdfTexts.SiretLine),
                Optional(seller.VatNumber, _texts.VatNumberLine),
            }.OfType<string>())
            {
                left.AddRange(Wrap(identifier, _small, sellerWidth).Select(l => (l, _small, _muted)));
            }

            var titleWidth = ContentWidth * 0.44;
            var right = new List<(string Text, XFont Font, XBrush Brush)> { (_texts.QuoteTitle, _title, _accent) };
            right.AddRange(Wrap(_texts.NumberLine(_model.DisplayNumber), _bodyBold, titleWidth).Select(l => (l, _bodyBold, _ink)));
            right.Add((_texts.IssuedLine(_model.IssuedOn), _body, _ink));
            right.Add((_texts.ValidUntilLine(_model.ValidUntil), _body, _ink));
            if (!string.IsNullOrWhiteSpace(_model.DealName))
            {
                right.AddRange(Wrap(_texts.SubjectLine(_model.DealName), _body, titleWidth).Select(l => (l, _body, _ink)));
            }

            var leftY = _y;
            for (var i = 0; i < left.Count; i++)
            {
                var (text, font, brush) = left[i];
                DrawText(text, font, brush, Left, leftY, Align.Left);
                leftY += LineHeight(font) + (i == 0 ? 2 : 0);
            }

            var rightY = _y;
            for (var i = 0; i < right.Count; i++)
            {
                var (text, font, brush) = right[i];
                DrawText(text, font, brush, Right, rightY, Align.Right);
                rightY += LineHeight(font) + (i == 0 ? 4 : 0);
            }

            _y = Math.Max(leftY, rightY) + SectionGap;
        }

        private void DrawRecipient()
        {
            var recipient = _model.Recipient;
            var x = Left + (ContentWidth * 0.5);
            var width = ContentWidth * 0.5;
            var innerWidth = width - (2 * 8);
            var lines = new List<(string Text, XFont Font, XBrush Brush)>();
            if (!string.IsNullOrWhiteSpace(recipient.CompanyName))
            {
                lines.AddRange(Wrap(recipient.CompanyName, _bodyBold, innerWidth).Select(l => (l, _bodyBold, _ink)));
            }

            lines.AddRange(recipient.AddressLines.Where(a => !string.IsNullOrWhiteSpace(a)).SelectMany(a => Wrap(a, _body, innerWidth)).Select(l => (l, _body, _ink)));
            if (!string.IsNullOrWhiteSpace(recipient.ContactName))
            {
                lines.AddRange(Wrap(_texts.AttentionLine(recipient.ContactName), _body, innerWidth).Select(l => (l, _body, _ink)));
            }

            if (lines.Count == 0)
            {
                return;
            }

            var height = 8 + LineHeight(_small) + 2 + lines.Sum(l => LineHeight(l.Font)) + 8;
            _graphics.DrawRectangle(_rule, x, _y, width, height);
            var y = _y + 8;
            DrawText(_texts.CustomerLabel, _small, _muted, x + 8, y, Align.Left);
            y += LineHeight(_small) + 2;
            foreach (var (text, font, brush) in lines)
            {
                DrawText(text, font, brush, x + 8, y, Align.Left);
                y += LineHeight(font);
            }

            _y += height + SectionGap + 4;
        }

        // ---- lines table ------------------------------------------------------------------------------------------

        private List<Column> Columns()
        {
            var width = ContentWidth;
            return
            [
                new(QuotePdfTexts.DescriptionHeader, width * 0.37, Align.Left),
                new(_texts.QuantityHeader, width * 0.09, Align.Right),
                new(_texts.UnitPriceHeader, width * 0.15, Align.Right),
                new(_texts.DiscountHeader, width * 0.10, Align.Right),
                new(_texts.VatHeader, width * 0.09, Align.Right),
                new(_texts.LineTotalHeader, width * 0.20, Align.Right),
            ];
        }

        private void DrawTableHeader()
        {
            var cells = _columns.Select(c => Wrap(c.Header, _tableBold, c.Width - (2 * CellPaddingX))).ToList();
            var height = (cells.Max(c => c.Count) * LineHeight(_tableBold)) + (2 * CellPaddingY);
            _graphics.DrawRectangle(_band, Left, _y, ContentWidth, height);
            var x = Left;
            for (var i = 0; i < _columns.Count; i++)
            {
                var y = _y + CellPaddingY;
                foreach (var line in cells[i])
                {
                    DrawCellText(line, _tableBold, _ink, x, _columns[i].Width, y, _columns[i].Align);
                    y += LineHeight(_tableBold);
                }

                x += _columns[i].Width;
            }

            _y += height;
            _graphics.DrawLine(_strongRule, Left, _y, Right, _y);
        }

        private double TableHeaderHeight() =>
            (_columns.Max(c => Wrap(c.Header, _tableBold, c.Width - (2 * CellPaddingX)).Count) * LineHeight(_tableBold)) + (2 * CellPaddingY);

        private void DrawLines()
        {
            DrawTableHeader();
            var lineHeight = LineHeight(_table);

            // How many description lines a row may have on a page of its own, below the reminder and the table header.
            var freshPageTop = Margin + LineHeight(_small) + 8 + TableHeaderHeight();
            var linesPerFreshPage = Math.Max(1, (int)Math.Floor((_contentBottom - freshPageTop - (2 * CellPaddingY)) / lineHeight));

            foreach (var line in _model.Lines)
            {
                var description = Wrap(line.Description, _table, _columns[0].Width - (2 * CellPaddingX));
                var figures = Figures(line);
                var next = 0;
                while (next < description.Count)
                {
                    var fits = (int)Math.Floor((_contentBottom - _y - (2 * CellPaddingY)) / lineHeight);
                    var remaining = description.Count - next;

                    // Keep a row on one page when a page can hold it; split only a row longer than a page.
                    if (fits < 1 || (fits < remaining && next == 0 && remaining <= linesPerFreshPage))
                    {
                        ContinueOnNewPage(withTableHeader: true);
                        continue;
                    }

                    var count = Math.Min(fits, remaining);
                    var y = _y + CellPaddingY;
                    for (var i = 0; i < count; i++)
                    {
                        DrawCellText(description[next + i], _table, _ink, Left, _columns[0].Width, y + (i * lineHeight), Align.Left);
                    }

                    if (next == 0)
                    {
                        var x = Left + _columns[0].Width;
                        for (var c = 1; c < _columns.Count; c++)
                        {
                            DrawCellText(figures[c - 1], _table, _ink, x, _columns[c].Width, y, _columns[c].Align);
                            x += _columns[c].Width;
                        }
                    }

                    next += count;
                    _y += (count * lineHeight) + (2 * CellPaddingY);
                    _graphics.DrawLine(_rule, Left, _y, Right, _y);
                    if (next < description.Count)
                    {
                        ContinueOnNewPage(withTableHeader: true);
                    }
                }
            }

            _y += SectionGap;
        }

        private string[] Figures(QuoteLine line) =>
        [
            _texts.Quantity(line.Quantity),
            _texts.Money(line.UnitPrice),
            line.DiscountPercent == 0m ? "–" : _texts.Percent(line.DiscountPercent),
            _texts.Percent(line.VatRate),
            _texts.Money(line.Net),
        ];

        // ---- totals, notes, signature -----------------------------------------------------------------------------

        private void DrawTotals()
        {
            var totals = _model.Totals;
            var rows = new List<(string Label, string Amount, XFont Font)>();
            rows.AddRange(totals.PerRate.Select(r => (_texts.RateLine(r.VatRate, r.Net), _texts.Money(r.Vat), _table)));
            rows.Add((_texts.NetTotalLabel, _texts.Money(totals.Net), _body));
            rows.Add((_texts.VatTotalLabel, _texts.Money(totals.Vat), _body));

            var width = ContentWidth * 0.55;
            var amountWidth = ContentWidth * 0.2;
            var x = Right - width;
            var grossHeight = LineHeight(_grossTotal) + (2 * CellPaddingY) + 2;
            var height = rows.Sum(r => LineHeight(r.Font) + (2 * CellPaddingY)) + grossHeight;
            EnsureRoom(height);

            foreach (var (label, amount, font) in rows)
            {
                var y = _y + CellPaddingY;
                DrawCellText(label, font, _ink, x, width - amountWidth, y, Align.Left);
                DrawCellText(amount, font, _ink, Right - amountWidth, amountWidth, y, Align.Right);
                _y += LineHeight(font) + (2 * CellPaddingY);
                _graphics.DrawLine(_rule, x, _y, Right, _y);
            }

            _graphics.DrawRectangle(_band, x, _y + 2, width, grossHeight - 2);
            var grossY = _y + 2 + CellPaddingY;
            DrawCellText(_texts.GrossTotalLabel, _grossTotal, _accent, x, width - amountWidth, grossY, Align.Left);
            DrawCellText(_texts.Money(totals.Gross), _grossTotal, _accent, Right - amountWidth, amountWidth, grossY, Align.Right);
            _y += grossHeight + SectionGap;
        }

        private void DrawNotes()
        {
            if (string.IsNullOrWhiteSpace(_model.Notes))
            {
                return;
            }

            var lines = Wrap(_model.Notes.Trim(), _body, ContentWidth);
            EnsureRoom(LineHeight(_bodyBold) + 2 + (Math.Min(lines.Count, 2) * LineHeight(_body)));
            DrawText(QuotePdfTexts.NotesLabel, _bodyBold, _accent, Left, _y, Align.Left);
            _y += LineHeight(_bodyBold) + 2;
            foreach (var line in lines)
            {
                EnsureRoom(LineHeight(_body));
                DrawText(line, _body, _ink, Left, _y, Align.Left);
                _y += LineHeight(_body);
            }

            _y += SectionGap;
        }

        private void DrawSignatureArea()
        {
            // Wide enough for the French mention on one line.
            var width = ContentWidth * 0.6;
            var x = Right - width;
            var mention = _texts.AcceptanceMention is { } text ? Wrap(text, _body, width) : [];
            const double boxHeight = 70;
            EnsureRoom((mention.Count * LineHeight(_body)) + 4 + boxHeight);

            foreach (var line in mention)
            {
                DrawText(line, _body, _ink, x, _y, Align.Left);
                _y += LineHeight(_body);
            }

            _y += 4;
            _graphics.DrawRectangle(_rule, x, _y, width, boxHeight);
            DrawText(_texts.SignatureLabel, _small, _muted, x + 6, _y + 5, Align.Left);
            _y += boxHeight + SectionGap;
        }

        private void EnsureRoom(double height)
        {
            if (_y + height > _contentBottom)
            {
                ContinueOnNewPage(withTableHeader: false);
            }
        }

        // ---- text -------------------------------------------------------------------------------------------------

        private static string? Optional(string? value, Func<string, string> line) =>
            string.IsNullOrWhiteSpace(value) ? null : line(value.Trim());

        private static double LineHeight(XFont font) => font.GetHeight();

        private void DrawText(string text, XFont font, XBrush brush, double x, double top, Align align)
        {
            var format = align switch
            {
                Align.Right => XStringFormats.TopRight,
                Align.Center => XStringFormats.TopCenter,
                _ => XStringFormats.TopLeft,
            };
            _graphics.DrawString(text, font, brush, x, top, format);
        }

        /// <summary>Draws one line in a cell; a figure too wide for its column is drawn smaller rather than cut.</summary>
        private void DrawCellText(string text, XFont font, XBrush brush, double x, double width, double top, Align align)
        {
            var room = width - (2 * CellPaddingX);
            var measured = _graphics.MeasureString(text, font).Width;
            if (measured > room && room > 0)
            {
                var size = Math.Max(MinimumFontSize, font.Size * room / measured);
                font = new XFont(font.FontFamily.Name, size, font.Style, font.PdfOptions);
            }

            var anchor = align switch
            {
                Align.Right => x + width - CellPaddingX,
                Align.Center => x + (width / 2),
                _ => x + CellPaddingX,
            };
            DrawText(text, font, brush, anchor, top, align);
        }

        /// <summary>
        /// Breaks text into lines no wider than <paramref name="width"/>: at the author's line breaks, then between words,
        /// and inside a word only when the word alone is too wide.
        /// </summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
            {
                var words = paragraph.Replace('\t', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    lines.Add(string.Empty);
                    continue;
                }

                var current = string.Empty;
                foreach (var word in words)
                {
                    var candidate = current.Length == 0 ? word : current + " " + word;
                    if (Width(candidate, font) <= width)
                    {
                        current = candidate;
                        continue;
                    }

                    if (current.Length > 0)
                    {
                        lines.Add(current);
                    }

                    current = word;
                    while (current.Length > 1 && Width(current, font) > width)
                    {
                        var cut = LongestFittingPrefix(current, font, width);
                        lines.Add(current[..cut]);
                        current = current[cut..];
                    }
                }

                lines.Add(current);
            }

            // Blank lines at the very start or end say nothing.
            while (lines.Count > 1 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            while (lines.Count > 1 && lines[0].Length == 0)
            {
                lines.RemoveAt(0);
            }

            return lines;
        }

        private int LongestFittingPrefix(string word, XFont font, double width)
        {
            var low = 1;
            var high = word.Length - 1;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (Width(word[..middle], font) <= width)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            // Never split a surrogate pair.
            return low > 1 && char.IsHighSurrogate(word[low - 1]) ? low - 1 : low;
        }

        private double Width(string text, XFont font) => _graphics.MeasureString(text, font).Width;
    }
}
