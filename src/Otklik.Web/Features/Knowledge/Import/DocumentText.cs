using System.Text;
using System.Text.Unicode;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Otklik.Web.Infrastructure.Errors;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Otklik.Web.Features.Knowledge.Import;

public sealed record ExtractedText(string Title, string Text);

// Plain text and a title from one file of a folder tree imported into the knowledge base.
public static class DocumentText
{
    public const int MaxTextLength = 1_000_000;

    public const int MaxTitleLength = 200;

    private static readonly string[] SupportedExtensions = [".docx", ".pdf", ".txt", ".md"];

    // Text files on ministry shares that are not valid UTF-8 are nearly always saved in Windows-1251.
    private static readonly Encoding Windows1251 = LoadWindows1251();

    // Password-protected .docx files (and old .doc files renamed) are OLE compound files, not ZIP packages.
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsSupported(string fileName) =>
        SupportedExtensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);

    public static Result<ExtractedText> Extract(string fileName, Stream content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);

        if (!IsSupported(fileName))
        {
            return Failure("unsupported-type", $"Файл «{ShortName(fileName)}» не импортирован: поддерживаются " +
                "только документы Word (.docx), PDF, текстовые файлы (.txt) и Markdown (.md).");
        }

        byte[] bytes;
        try
        {
            bytes = ReadAll(content);
        }
        catch (IOException)
        {
            return Failure("read-failed",
                $"Не удалось прочитать файл «{ShortName(fileName)}». Проверьте доступ к нему и повторите импорт.");
        }

        return Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".DOCX" => FromDocx(fileName, bytes),
            ".PDF" => FromPdf(fileName, bytes),
            ".MD" => FromMarkdown(fileName, bytes),
            _ => FromPlainText(fileName, bytes),
        };
    }

    private static Result<ExtractedText> FromDocx(string fileName, byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            return Failure("encrypted", $"Файл «{ShortName(fileName)}» защищён паролем или сохранён в старом " +
                "формате Word. Откройте его в Word и сохраните как .docx без пароля.");
        }

        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);

            return FromWordDocument(fileName, document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FormatException or InvalidDataException
            or XmlException or IOException or InvalidOperationException)
        {
            return Damaged(fileName);
        }
    }

    private static Result<ExtractedText> FromWordDocument(string fileName, WordprocessingDocument document)
    {
        if (document.MainDocumentPart is not { Document.Body: { } body } part)
        {
            return Damaged(fileName);
        }

        var lines = new List<string>();
        CollectBlocks(body, lines);

        var title = FirstHeading(part, body) ?? document.PackageProperties.Title;
        return Complete(fileName, string.Join('\n', lines), title);
    }

    // Walks down through content controls and other wrappers, keeping paragraphs and tables in reading order.
    private static void CollectBlocks(OpenXmlElement container, List<string> lines)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case W.Paragraph paragraph:
                    lines.Add(ParagraphText(paragraph));
                    break;
                case W.Table table:
                    lines.AddRange(table.Elements<W.TableRow>().Select(RowText));
                    break;
                default:
                    CollectBlocks(element, lines);
                    break;
            }
        }
    }

    private static string RowText(W.TableRow row) =>
        string.Join('\t', row.Elements<W.TableCell>().Select(cell => string.Join(' ',
            cell.Descendants<W.Paragraph>().Select(ParagraphText).Where(text => text.Length > 0))));

    private static string ParagraphText(W.Paragraph paragraph)
    {
        var text = new StringBuilder();

        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text run:
                    text.Append(run.Text);
                    break;
                case W.TabChar:
                    text.Append('\t');
                    break;
                case W.Break or W.CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    private static string? FirstHeading(MainDocumentPart part, W.Body body)
    {
        var styleNames = StyleNames(part);

        return body.Descendants<W.Paragraph>()
            .Where(paragraph => IsHeadingStyle(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value, styleNames))
            .Select(ParagraphText)
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
    }

    // Localised Word gives built-in styles localised ids (Russian Word saves "Heading 1" as id "1"),
    // while the style name stays the English built-in one.
    private static Dictionary<string, string> StyleNames(MainDocumentPart part)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var style in part.StyleDefinitionsPart?.Styles?.Elements<W.Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && style.StyleName?.Val?.Value is { } name)
            {
                names.TryAdd(id, name);
            }
        }

        return names;
    }

    private static bool IsHeadingStyle(string? styleId, Dictionary<string, string> styleNames)
    {
        if (styleId is null)
        {
            return false;
        }

        var name = styleNames.GetValueOrDefault(styleId, styleId);
        return IsHeadingName(name) || IsHeadingName(styleId);
    }

    private static bool IsHeadingName(string name) =>
        name.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
        || name.Equals("title", StringComparison.OrdinalIgnoreCase);

    private static Result<ExtractedText> FromPdf(string fileName, byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            var text = new StringBuilder();
            var letters = 0;

            foreach (var page in document.GetPages())
            {
                letters += page.Letters.Count;
                text.Append(ContentOrderTextExtractor.GetText(page)).Append("\n\n");

                if (text.Length > MaxTextLength)
                {
                    break;
                }
            }

            return letters == 0
                ? NoTextLayer(fileName)
                : Complete(fileName, text.ToString(), document.Information.Title);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Failure("encrypted", $"Файл «{ShortName(fileName)}» защищён паролем. " +
                "Снимите защиту и загрузите файл снова.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A malformed PDF surfaces as whatever exception the broken structure leads PdfPig to, not one type.
            return Damaged(fileName);
        }
    }

    private static Error NoTextLayer(string fileName) =>
        Failure("no-text-layer", $"В PDF-файле «{ShortName(fileName)}» нет текстового слоя — похоже, это " +
            "отсканированное изображение. Распознайте текст (OCR) и загрузите файл снова.");

    private static Result<ExtractedText> FromPlainText(string fileName, byte[] bytes)
    {
        var text = Decode(bytes);

        return Complete(fileName, text, FirstLine(text));
    }

    private static Result<ExtractedText> FromMarkdown(string fileName, byte[] bytes)
    {
        var text = Decode(bytes);

        return Complete(fileName, text, MarkdownHeading(text) ?? FirstLine(text));
    }

    private static string? MarkdownHeading(string text)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text);
        }
        catch (ArgumentException)
        {
            // Markdig refuses absurdly deep nesting; such a file still has a first line to use.
            return null;
        }

        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(block => block.Level == 1);
        return heading?.Inline is null ? null : string.Concat(heading.Inline.Descendants<Inline>().Select(InlineText));
    }

    private static string InlineText(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        LineBreakInline => " ",
        _ => "",
    };

    private static string Decode(byte[] bytes)
    {
        var (encoding, preamble) = DetectEncoding(bytes);

        return encoding.GetString(bytes, preamble, bytes.Length - preamble);
    }

    private static (Encoding Encoding, int Preamble) DetectEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (Utf8.IsValid(bytes) ? Encoding.UTF8 : Windows1251, 0);
    }

    private static string? FirstLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                return line.Trim().ToString();
            }
        }

        return null;
    }

    private static Result<ExtractedText> Complete(string fileName, string rawText, string? title)
    {
        var text = Truncate(rawText.ReplaceLineEndings("\n").Trim(), MaxTextLength).TrimEnd();

        if (text.Length == 0)
        {
            return Failure("empty", $"В файле «{ShortName(fileName)}» нет текста.");
        }

        return new ExtractedText(TitleOrFileName(title, fileName), text);
    }

    private static string TitleOrFileName(string? title, string fileName)
    {
        var words = (title ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var chosen = words.Length > 0 ? string.Join(' ', words) : Path.GetFileNameWithoutExtension(fileName);

        return Truncate(chosen, MaxTitleLength).TrimEnd();
    }

    // Never cuts a surrogate pair in half.
    private static string Truncate(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
    }

    private static byte[] ReadAll(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);

        return buffer.ToArray();
    }

    private static Encoding LoadWindows1251()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        return Encoding.GetEncoding(1251);
    }

    private static string ShortName(string fileName) => Path.GetFileName(fileName);

    private static Error Damaged(string fileName) =>
        Failure("damaged", $"Файл «{ShortName(fileName)}» повреждён или не соответствует своему расширению: " +
            "прочитать его не удалось.");

    private static Error Failure(string code, string message) => Errors.Validation($"knowledge.import.{code}", message);
}
