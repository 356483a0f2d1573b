"""Reads a .docx with python-docx (Debian's python3-docx) and prints what the tests check, as JSON.

An independent reader: it knows nothing of the docx package that wrote the file.
Usage: /usr/bin/python3 read_docx.py FILE.docx
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def header_text(header):
    if header is None or header.is_linked_to_previous:
        return None
    parts = [p.text for p in header.paragraphs]
    for table in header.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
    return "\n".join(parts)


def fields(part):
    xml = part._element.xml
    return [name for name in ("PAGE", "NUMPAGES") if (" %s " % name) in xml or (">%s<" % name) in xml or ("%s \\" % name) in xml]


def main(path):
    document = docx.Document(path)
    props = document.core_properties
    sections = []
    for section in document.sections:
        title_pg = section._sectPr.find(qn("w:titlePg"))
        title_page = title_pg is not None and title_pg.get(qn("w:val")) not in ("0", "false", "off")
        sections.append({
            "orientation": "landscape" if section.orientation == 1 else "portrait",
            "pageWidth": section.page_width,
            "pageHeight": section.page_height,
            "leftMargin": section.left_margin,
            "titlePage": title_page,
            "header": header_text(section.header),
            "firstPageHeader": header_text(section.first_page_header) if title_page else None,
            "footerFields": fields(section.footer),
            "firstPageFooterFields": fields(section.first_page_footer) if title_page else [],
        })
    paragraphs = []
    for paragraph in document.paragraphs:
        num = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        paragraphs.append({"style": paragraph.style.name, "text": paragraph.text, "numbered": num})
    tables = []
    for table in document.tables:
        rows = []
        header_rows = 0
        for row in table.rows:
            tr_pr = row._tr.trPr
            if tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None:
                header_rows += 1
            rows.append([cell.text for cell in row.cells])
        tables.append({"rows": rows, "headerRows": header_rows})
    images = [part for part in document.part.package.iter_parts() if part.content_type.startswith("image/")]
    json.dump({
        "images": len(images),
        "title": props.title,
        "author": props.author,
        "subject": props.subject,
        "lastModifiedBy": props.last_modified_by,
        "sections": sections,
        "paragraphs": paragraphs,
        "tables": tables,
    }, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
