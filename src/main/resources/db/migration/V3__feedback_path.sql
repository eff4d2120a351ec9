-- Where the feedback workbook for a received file was written, relative to the share.
alter table submission add column feedback_path varchar(1000);
