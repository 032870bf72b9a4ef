#!/usr/bin/env python3
"""Writes the import fixtures in this folder (run from here: python3 make_fixtures.py).

Kept so every byte of the fixtures can be explained: BOMs, CRLF line ends, gzip members (mtime 0,
so the bytes are reproducible), a truncated gzip, a ZIP, binary junk and 10,000-column rows. The
tests never run this script; they read the files it wrote. README.md lists what each file is for.
"""
import gzip, io, os, zipfile

def w(path, data):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

def gz(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as g:
        g.write(data.encode("utf-8"))
    return buf.getvalue()

# ---------------- coortweet ----------------
SHARES = ("object_id,account_id,content_id,timestamp_share\n"
          "o1,a2,c1,1623881091\n"
          "o1,a1,c2,1623881095\n"
          "o2,a3,c3,1623881000\n"
          "o1,a3,c4,1623881091\n"
          "o3,a1,c2,1623881095\n"
          "o2,a2,c5,1623882000\n")
w("coortweet/shares.csv", SHARES)
w("coortweet/shares-bom-crlf.csv", b"\xef\xbb\xbf" + SHARES.replace("\n", "\r\n").encode())
w("coortweet/shares.csv.gz", gz(SHARES))
w("coortweet/shares-gzip-named.csv", gz(SHARES))
w("coortweet/shares.tsv", SHARES.replace(",", "\t").replace("o1\t", '"o1"\t', 1))
w("coortweet/missing-column.csv", SHARES.replace("timestamp_share", "timestamp"))
w("coortweet/bad-timestamps.csv",
  "object_id,account_id,content_id,timestamp_share\n"
  "o1,a1,c1,1623881091\n"
  "o1,a2,c2,abc\n"
  "o1,a3,c3,\n"
  "o1,a4,c4,1.62388E+09\n"
  "o1,a5,c5,1623881091000\n"
  "o1,a6,c6,2021-06-16 22:04:51\n"
  "o1,a7,c7,1623881091.75\n"
  ",a8,c8,1623881092\n")
w("coortweet/broken-quoting.csv",
  "object_id,account_id,content_id,timestamp_share\n"
  'o1,"a1"x,c1,1623881091\n'
  "o1,a2,c2,1623881092\n"
  'o1,"a""3",c3,1623881093\n'
  'o1,"a\n4",c4,1623881094\n'
  "o1,a5,c5,oops\n"
  'o1,a6,"c6,1623881096\n'
  "o1,a7,c7,1623881097\n")
w("coortweet/field-counts.csv",
  "object_id,account_id,content_id,timestamp_share\n"
  "o1,a1,c1,1623881091\n"
  "o1,a2,c2\n"
  "o1,a3,c3,1623881093,extra\n"
  "\n"
  "o1,a4,c4,1623881094\n")
w("coortweet/empty.csv", b"")
w("coortweet/blank.csv", "\n\n   \n")
w("coortweet/header-only.csv", "object_id,account_id,content_id,timestamp_share\n")
w("coortweet/latin1.csv", "object_id,account_id,content_id,timestamp_share\no1,Jos\xe9,c1,1623881091\n".encode("latin-1"))
png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\nIDATx\x9cc\x00\x01\x00\x00\x05\x00\x01\r\n-\xb4\x00\x00\x00\x00IEND\xaeB`\x82")
w("coortweet/binary.png.csv", png)
w("coortweet/wide-header.csv", ",".join("c%d" % i for i in range(10000)) + "\n" + ",".join("1" for _ in range(10000)) + "\n")
w("coortweet/wide-row.csv",
  "object_id,account_id,content_id,timestamp_share\n"
  "o1,a1,c1,1623881091\n"
  + ",".join("x%d" % i for i in range(10000)) + "\n"
  "o1,a2,c2,1623881092\n")
zb = io.BytesIO()
with zipfile.ZipFile(zb, "w") as z:
    z.writestr(zipfile.ZipInfo("shares.csv", date_time=(2021, 6, 17, 0, 0, 0)), SHARES)
w("coortweet/shares.zip", zb.getvalue())
full = gz(SHARES * 40)
w("coortweet/truncated.csv.gz", full[: len(full) // 2])

# ---------------- generic ----------------
HAND_CSV = (
    "post,user,screen_name,name,when,body,shared,url,parent,language,joined,fans,follows,tags,at,client,truth\n"
    'p1,u1,maple_leaf,"Jane, Doe",2023-08-29T14:00:00Z,"Bonjour, le ""monde""\ndeuxième ligne",,'
    'https://ex.ca/a https://ex.ca/b,,FR,2023-08-01,12,40,"#cdnpoli, #trudeau",@pm,Web App,campaign\n'
    "p2,u2,bob,Bob,2023-08-29 14:00:30,Nice post,,,p1,en,2010-05-04T10:00:00+02:00,5000.0,100,,,,organic\n"
    'p3,u1,maple_leaf,"Jane, Doe",2023-08-29T10:01:00-04:00,,obj9,"[\'https://ex.ca/c\']",,und,,,,'
    '"[\'x\', \'y\']","[a, b]",Android,1\n')
w("generic/handmade.csv", HAND_CSV)
w("generic/handmade.jsonl",
  '{"post":"p1","user":{"id":"u1","screen_name":"maple_leaf","name":"Jane, Doe"},"when":"2023-08-29T14:00:00Z",'
  '"body":"Bonjour, le \\"monde\\"\\ndeuxi\\u00e8me ligne","shared":null,"url":"https://ex.ca/a https://ex.ca/b",'
  '"language":"FR","joined":"2023-08-01","fans":12,"follows":40,"tags":["#cdnpoli","#trudeau"],"at":["@pm"],'
  '"client":"Web App","truth":true}\n'
  '\n'
  '{"post":"p2","user":{"id":"u2","screen_name":"bob","name":"Bob"},"when":"2023-08-29 14:00:30","body":"Nice post",'
  '"parent":"p1","language":"en","joined":"2010-05-04T10:00:00+02:00","fans":5000.0,"follows":100,"tags":[],'
  '"truth":false}\n'
  '{"post":"p3","user":{"id":"u1","screen_name":"maple_leaf","name":"Jane, Doe"},"when":"2023-08-29T10:01:00-04:00",'
  '"body":"","shared":"obj9","url":["https://ex.ca/c"],"language":"und","tags":["x","y"],"at":"[a, b]",'
  '"client":"Android","truth":"1"}\n')
w("generic/labels.csv",
  "acct,t,lbl\n"
  "a1,1693317600,bot\n"
  "a2,1693317601,Human\n"
  "a3,1693317602, Background \n"
  "a4,1693317603,maybe\n"
  "a1,1693317604,organic\n"
  "a5,1693317605,\n"
  "a6,1693317606,0.0\n")
w("generic/times-paris.csv",
  "account,time\n"
  "a1,2023-08-29 16:00\n"
  "a2,2023-01-15 16:00:00\n"
  "a3,2023-08-29T16:00:00+02:00\n"
  "a4,2023-08-29T14:00:00.999Z\n"
  "a5,2023-08-29\n")
w("generic/epoch-ms.csv", "account,time\na1,1693317600123\na2,1693317600\n")
w("generic/bad-lines.jsonl",
  '{"user":"u1","t":"2023-08-29T14:00:00Z"}\n'
  '{"user":"u2","t":"2023-08-29T14:00:00Z"\n'
  '["u3","2023"]\n'
  '\n'
  '{"user":"u4"}\n'
  '{"user":"u5","t":"yesterday"}\n'
  '{"user":"u6","t":"2023-08-29T14:00:00Z"} x\n')
w("generic/long-field.csv",
  "account,time,text\n"
  "a1,2023-08-29T14:00:00Z,short\n"
  'a2,2023-08-29T14:00:01Z,"' + "x" * 200 + '"\n'
  "a3,2023-08-29T14:00:02Z,ok\n")

# ---------------- qut ----------------
w("qut/toolkit-names.csv",
  "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"
  '1111,2222,alice,,,"This is the tweet https://ex.com/a",1577886276,https://ex.com/a\n'
  '2563,3214,bob,1111,,"RT @alice: This is the tweet",1577886230.5,\n'
  "2564,3214,bob,,1111,reply text,1577886300,https://ex.com/b https://ex.com/c\n"
  "2563,3215,carol,,,dup,1577886301,\n")
w("qut/toolkit-positional.csv",
  "tweet_id,user_id,username,retweeted_tweet_id,reply_to,text,toUnixTimestamp(created_at),urls\n"
  '1111,2222,alice,,,"This is the tweet",1577886276,\n'
  '2563,3214,bob,1111,,"RT @alice: This is the tweet",1577886230,\n')
w("qut/pandas-index.csv",
  ",id,uid,name,rt,re,msg,ts,links\n"
  '0,1111,2222,alice,,,"This is the tweet",1577886276,\n'
  '1,2563,3214,bob,1111,,"RT @alice: This is the tweet",1577886230,\n')
w("qut/wrong-columns.csv", "id,user,time,text,extra\n1,2,1577886276,hi,x\n")

# ---------------- io-archive ----------------
IO_HEADER = ("tweetid,userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,"
             "user_profile_url,follower_count,following_count,account_creation_date,account_language,tweet_language,"
             "tweet_text,tweet_time,tweet_client_name,in_reply_to_userid,in_reply_to_tweetid,quoted_tweet_tweetid,"
             "is_retweet,retweet_userid,retweet_tweetid,latitude,longitude,quote_count,reply_count,like_count,"
             "retweet_count,hashtags,urls,user_mentions,poll_choices\n")
U1 = "yBME8Iz+rfTwK3DH8vkxX59i8c4EMCzX296GUye88oE="  # base64(sha256("sandbox-user-1")): made up
U2 = "xWNC1RLL5IRAyiRlK2EI/IZqiodkfZr6aGR14dSU1ts="  # base64(sha256("sandbox-user-2")): made up
w("io-archive/tweets.csv", IO_HEADER
  + f'898925911294132224,{U1},{U1},{U1},"Dhaka, Bangladesh",Only news portal,,17,23,2016-12-04,en,bn,'
    "Un mensaje del archivo,2017-08-19 15:13,dlvr.it,,,,False,,,absent,absent,0.0,0.0,0.0,0.0,[],"
    "['http://dlvr.it/PgB3PP'],[],\n"
  + f'861871665780846592,{U2},Pat Example,pat_example,Bangladesh,FB link,,758.0,11,2017-05-08,en,bn,'
    '"Otro mensaje\ncon salto",2017-05-09 09:41:07,Twitter Web Client,,,,False,,,absent,absent,0.0,0.0,0.0,0.0,'
    '"[\'uno\', \'dos\']",[],[123456789],\n'
  + f'861871665780846593,{U2},Pat Example,pat_example,Bangladesh,FB link,,758.0,11,2017-05-08,en,en,'
    f'RT @x: tres,2017-05-09 09:42,Twitter for Android,,,,True,{U1},898925911294132224,absent,absent,'
    f'0.0,0.0,0.0,0.0,"[tres, cuatro]",,"[{U1}, 123]",\n'
  + f'861871665780846594,{U1},{U1},{U1},"Dhaka, Bangladesh",Only news portal,,17,23,2016-12-04,en,und,'
    f'@pat_example si,2017-05-09 10:00,dlvr.it,{U2},861871665780846592,,False,,,absent,absent,0.0,0.0,0.0,0.0,'
    "[],[],[],\n")
w("io-archive/tweets-minimal.csv",
  "tweetid,userid,tweet_time,tweet_text\n"
  "1,u1,2019-08-19 06:42,hello\n")
w("io-archive/bad-values.csv",
  "tweetid,userid,follower_count,account_creation_date,tweet_time\n"
  "1,u1,17,2016-12-04,2017-08-19 15:13\n"
  "2,u2,many,2016-12-04,2017-08-19 15:13\n"
  "3,u3,5,2016-13-04,2017-08-19 15:13\n"
  "4,,5,2016-12-04,19/08/2017 15:13\n"
  "5,u5,-3,2016-12-04,2017-08-19 15:13\n")
print("fixtures written")
