using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Otklik.Web.Features.Knowledge.Import;
using Otklik.Web.Infrastructure.Errors;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Otklik.Web.Tests.Features.Knowledge;

public sealed class DocumentTextTests
{
    private const string CyrillicFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    static DocumentTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("Порядок.docx", true)]
    [InlineData("ПАМЯТКА.PDF", true)]
    [InlineData("readme.Md", true)]
    [InlineData("заметки.txt", true)]
    [InlineData("реестр.xls", false)]
    [InlineData("приказ.doc", false)]
    [InlineData("без-расширения", false)]
    public void IsSupported_ByExtension_IgnoresCase(string fileName, bool supported)
    {
        Assert.Equal(supported, DocumentText.IsSupported(fileName));
    }

    [Fact]
    public void Extract_Docx_ReturnsHeadingAsTitleAndParagraphsWithTable()
    {
        var docx = Docx("Служебное название",
            Paragraph("Порядок назначения пособия", "Heading1"),
            Paragraph("Пособие назначается по заявлению."),
            Table(["Документ", "Срок"], ["Паспорт", "10 дней"]),
            Paragraph("Решение направляется заявителю."));

        var text = Success(DocumentText.Extract("пособие.docx", new MemoryStream(docx)));

        Assert.Equal("Порядок назначения пособия", text.Title);
        Assert.Equal(
            "Порядок назначения пособия\nПособие назначается по заявлению.\nДокумент\tСрок\nПаспорт\t10 дней\n" +
            "Решение направляется заявителю.",
            text.Text);
    }

    [Fact]
    public void Extract_DocxFromRussianWord_RecognisesHeadingByStyleName()
    {
        // Russian Word saves the built-in "heading 1" style under the id "1".
        var styles = new W.Styles(new W.Style(new W.StyleName { Val = "heading 1" })
        {
            Type = W.StyleValues.Paragraph,
            StyleId = "1",
        });
        var docx = Docx(null, styles, [Paragraph("Вводный абзац."), Paragraph("Сроки рассмотрения обращений", "1")]);

        var text = Success(DocumentText.Extract("сроки.docx", new MemoryStream(docx)));

        Assert.Equal("Сроки рассмотрения обращений", text.Title);
    }

    [Fact]
    public void Extract_DocxWithoutHeading_TakesTitleFromProperties()
    {
        var docx = Docx("Регламент приёма граждан", Paragraph("Приём ведётся по записи."));

        var text = Success(DocumentText.Extract("регламент.docx", new MemoryStream(docx)));

        Assert.Equal("Регламент приёма граждан", text.Title);
        Assert.Equal("Приём ведётся по записи.", text.Text);
    }

    [Fact]
    public void Extract_DocxWithoutHeadingOrProperties_TakesTitleFromFileName()
    {
        var docx = Docx(null, Paragraph("Приём ведётся по записи."));

        var text = Success(DocumentText.Extract(Path.Combine("share", "Приём граждан.docx"), new MemoryStream(docx)));

        Assert.Equal("Приём граждан", text.Title);
    }

    [Theory]
    [InlineData("random")]
    [InlineData("empty")]
    [InlineData("truncated")]
    [InlineData("zip-without-document")]
    public void Extract_DamagedDocx_ReturnsDamagedError(string damage)
    {
        var bytes = DamagedDocx(damage);

        var error = Failure(DocumentText.Extract("испорчен.docx", new MemoryStream(bytes)));

        Assert.Equal("knowledge.import.damaged", error.Code);
        Assert.Contains("«испорчен.docx» повреждён", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PasswordProtectedDocx_ReturnsEncryptedError()
    {
        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var error = Failure(DocumentText.Extract("закрыт.docx", new MemoryStream(compoundFile)));

        Assert.Equal("knowledge.import.encrypted", error.Code);
        Assert.Contains("защищён паролем", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DocxWithoutText_ReturnsEmptyError()
    {
        var docx = Docx(null, Paragraph("   "));

        var error = Failure(DocumentText.Extract("пусто.docx", new MemoryStream(docx)));

        Assert.Equal("knowledge.import.empty", error.Code);
        Assert.Equal("В файле «пусто.docx» нет текста.", error.Message);
    }

    [Fact]
    public void Extract_Pdf_ReturnsTextOfEveryPageWithSpacesAndInformationTitle()
    {
        var pdf = Pdf("Памятка заявителю",
            ["Порядок назначения пособия", "Заявление подаётся лично"],
            ["Срок рассмотрения 10 дней"]);

        var text = Success(DocumentText.Extract("памятка.pdf", new MemoryStream(pdf)));

        Assert.Equal("Памятка заявителю", text.Title);
        Assert.Equal("Порядок назначения пособия\nЗаявление подаётся лично\n\nСрок рассмотрения 10 дней", text.Text);
    }

    [Fact]
    public void Extract_PdfWithoutInformationTitle_TakesTitleFromFileName()
    {
        var pdf = Pdf(null, ["Текст памятки"]);

        var text = Success(DocumentText.Extract("Памятка 2026.pdf", new MemoryStream(pdf)));

        Assert.Equal("Памятка 2026", text.Title);
        Assert.Equal("Текст памятки", text.Text);
    }

    [Fact]
    public void Extract_PdfWithoutText_ReturnsNoTextLayerErrorAskingForOcr()
    {
        using var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 300, 400);

        var error = Failure(DocumentText.Extract("скан.pdf", new MemoryStream(builder.Build())));

        Assert.Equal("knowledge.import.no-text-layer", error.Code);
        Assert.Contains("отсканированное", error.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PasswordProtectedPdf_ReturnsEncryptedError()
    {
        var error = Failure(DocumentText.Extract("закрыт.pdf", new MemoryStream(EncryptedPdf())));

        Assert.Equal("knowledge.import.encrypted", error.Code);
        Assert.Contains("защищён паролем", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\nне документ, а обрывок")]
    [InlineData("")]
    public void Extract_DamagedPdf_ReturnsDamagedError(string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);

        var error = Failure(DocumentText.Extract("обрывок.pdf", new MemoryStream(bytes)));

        Assert.Equal("knowledge.import.damaged", error.Code);
    }

    [Fact]
    public void Extract_Windows1251Text_DecodesCyrillic()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes("\r\n  Часы приёма  \r\nПонедельник — пятница, 9:00–18:00\r\n");

        var text = Success(DocumentText.Extract("часы.txt", new MemoryStream(bytes)));

        Assert.Equal("Часы приёма", text.Title);
        Assert.Equal("Часы приёма  \nПонедельник — пятница, 9:00–18:00", text.Text);
    }

    [Fact]
    public void Extract_Utf8TextWithBom_DropsBomAndNormalisesLineEndings()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("Адрес приёмной\r\nул. Ильинка, 9\r"))
            .ToArray();

        var text = Success(DocumentText.Extract("адрес.TXT", new MemoryStream(bytes)));

        Assert.Equal("Адрес приёмной", text.Title);
        Assert.Equal("Адрес приёмной\nул. Ильинка, 9", text.Text);
    }

    [Fact]
    public void Extract_Utf16TextWithBom_DecodesCyrillic()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Телефон горячей линии")).ToArray();

        var text = Success(DocumentText.Extract("телефон.txt", new MemoryStream(bytes)));

        Assert.Equal("Телефон горячей линии", text.Text);
    }

    [Fact]
    public void Extract_TextWithLongFirstLine_CapsTitleAndText()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('ж', DocumentText.MaxTextLength + 10));

        var text = Success(DocumentText.Extract("длинный.txt", new MemoryStream(bytes)));

        Assert.Equal(new string('ж', DocumentText.MaxTitleLength), text.Title);
        Assert.Equal(DocumentText.MaxTextLength, text.Text.Length);
    }

    [Fact]
    public void Extract_WhitespaceText_ReturnsEmptyError()
    {
        var error = Failure(DocumentText.Extract("пусто.txt", new MemoryStream(Encoding.UTF8.GetBytes(" \r\n\t "))));

        Assert.Equal("knowledge.import.empty", error.Code);
    }

    [Fact]
    public void Extract_Markdown_TakesFirstLevelOneHeadingOutsideCode()
    {
        const string body = "# Порядок *обжалования*\n\nЖалоба подаётся в течение 30 дней.";
        const string markdown = "Черновик\n\n```sh\n# не заголовок\n```\n\n" + body;

        var text = Success(DocumentText.Extract("обжалование.md", new MemoryStream(Encoding.UTF8.GetBytes(markdown))));

        Assert.Equal("Порядок обжалования", text.Title);
        Assert.EndsWith(body, text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MarkdownWithoutHeading_TakesFirstLine()
    {
        var bytes = Encoding.UTF8.GetBytes("\nКонтакты отдела\n\nТелефон: 8-800-000-00-00");

        var text = Success(DocumentText.Extract("контакты.md", new MemoryStream(bytes)));

        Assert.Equal("Контакты отдела", text.Title);
    }

    [Fact]
    public void Extract_UnsupportedSpreadsheet_ReturnsUnsupportedTypeError()
    {
        var error = Failure(DocumentText.Extract("реестр.xls", new MemoryStream([0xD0, 0xCF, 0x11, 0xE0])));

        Assert.Equal("knowledge.import.unsupported-type", error.Code);
        Assert.Contains("«реестр.xls»", error.Message, StringComparison.Ordinal);
        Assert.Contains(".docx", error.Message, StringComparison.Ordinal);
    }

    private static ExtractedText Success(Result<ExtractedText> result)
    {
        Assert.True(result.IsSuccess, $"Expected text, got {result.Error?.Code}: {result.Error?.Message}");

        return result.Value!;
    }

    private static Error Failure(Result<ExtractedText> result)
    {
        Assert.False(result.IsSuccess, $"Expected an error, got text titled «{result.Value?.Title}».");

        return result.Error!;
    }

    internal static byte[] Docx(string? coreTitle, params OpenXmlElement[] blocks) => Docx(coreTitle, null, blocks);

    private static byte[] Docx(string? coreTitle, W.Styles? styles, OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(blocks));
            document.PackageProperties.Title = coreTitle;

            if (styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            }
        }

        return stream.ToArray();
    }

    private static byte[] DamagedDocx(string damage)
    {
        var docx = Docx("Приказ", Paragraph("Текст приказа"));

        return damage switch
        {
            "random" => Enumerable.Range(0, 2048).Select(i => (byte)(i * 37 % 251)).ToArray(),
            "empty" => [],
            "truncated" => docx[..(docx.Length / 2)],
            _ => ZipWithoutDocument(),
        };
    }

    private static byte[] ZipWithoutDocument()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("не документ Word");
        }

        return stream.ToArray();
    }

    internal static W.Paragraph Paragraph(string text, string? styleId = null)
    {
        var paragraph = new W.Paragraph(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

        if (styleId is not null)
        {
            paragraph.PrependChild(new W.ParagraphProperties(new W.ParagraphStyleId { Val = styleId }));
        }

        return paragraph;
    }

    private static W.Table Table(params string[][] rows) =>
        new(rows.Select(cells => new W.TableRow(cells.Select(cell => new W.TableCell(Paragraph(cell))))));

    internal static byte[] Pdf(string? title, params string[][] pages)
    {
        Assert.True(File.Exists(CyrillicFont),
            $"PDF fixtures need a font with Cyrillic glyphs at {CyrillicFont}: " +
            "install the Debian package fonts-dejavu-core.");

        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(CyrillicFont));
        builder.DocumentInformation.Title = title;

        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var i = 0; i < lines.Length; i++)
            {
                page.AddText(lines[i], 12, new PdfPoint(60, 760 - (i * 24)), font);
            }
        }

        return builder.Build();
    }

    // PdfPig cannot write encrypted files: a one-page PDF whose standard security handler matches no empty password.
    private static byte[] EncryptedPdf()
    {
        var key = new string('A', 64);
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{key}> /U <{key}> >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();

        foreach (var (body, number) in objects.Select((body, index) => (body, index + 1)))
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(offset => pdf.Append($"{offset:D10} 00000 n \n"));
        const string id = "<0123456789ABCDEF0123456789ABCDEF>";
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [{id} {id}] >>\n");
        pdf.Append($"startxref\n{xref}\n%%EOF\n");

        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
