<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>ga::app::BasemapPanel</name>
    <message>
        <source>&lt;b&gt;底图&lt;/b&gt;</source>
        <translation>&lt;b&gt;Basemaps&lt;/b&gt;</translation>
    </message>
    <message>
        <source>勾选显示底图；底图总在所有图层之下，上面的底图盖住下面的</source>
        <translation>Tick to show a basemap; basemaps lie under every layer, the upper one over the lower</translation>
    </message>
    <message>
        <source>不透明度</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <source>上移底图</source>
        <translation>Move basemap up</translation>
    </message>
    <message>
        <source>下移底图</source>
        <translation>Move basemap down</translation>
    </message>
    <message>
        <source>添加底图…</source>
        <translation>Add basemap…</translation>
    </message>
    <message>
        <source>正射影像（GeoTIFF）、MBTiles 瓦片文件，或内网天地图等 XYZ / WMTS 瓦片服务</source>
        <translation>An orthophoto (GeoTIFF), an MBTiles tile file, or an XYZ / WMTS tile service such as the intranet Tianditu</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>移除底图</source>
        <translation>Remove basemap</translation>
    </message>
    <message>
        <source>从项目中移除底图“%1”？影像文件本身不会删除。</source>
        <translation>Remove the basemap “%1” from the project? The image file itself is not deleted.</translation>
    </message>
    <message>
        <source>底图列表无法读取：%1</source>
        <translation>The basemap list cannot be read: %1</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>cannot be opened</translation>
    </message>
    <message>
        <source>有 %1 个底图无法打开：%2</source>
        <translation>%1 basemap(s) cannot be opened: %2</translation>
    </message>
    <message>
        <source>添加底图</source>
        <translation>Add basemap</translation>
    </message>
    <message>
        <source>项目以只读方式打开，不能添加底图。</source>
        <translation>The project is open read-only; no basemap can be added.</translation>
    </message>
    <message>
        <source>已添加底图 %1</source>
        <translation>Basemap %1 added</translation>
    </message>
    <message>
        <source>底图设置未能保存：%1</source>
        <translation>The basemap settings could not be saved: %1</translation>
    </message>
    <message>
        <source>%1（无法打开）</source>
        <translation>%1 (cannot be opened)</translation>
    </message>
</context>
<context>
    <name>ga::app::BasemapDialog</name>
    <message>
        <source>添加底图</source>
        <translation>Add basemap</translation>
    </message>
    <message>
        <source>本地影像文件（GeoTIFF 正射影像、MBTiles 等）</source>
        <translation>Local image file (GeoTIFF orthophoto, MBTiles, …)</translation>
    </message>
    <message>
        <source>瓦片服务（XYZ 模板或 WMTS，如内网天地图）</source>
        <translation>Tile service (XYZ template or WMTS, e.g. the intranet Tianditu)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>XYZ 瓦片地址模板，用 {z}、{x}、{y}（TMS 用 {-y}）表示级别、列、行；或 WMTS 服务的 GetCapabilities 地址</source>
        <translation>An XYZ tile URL template with {z}, {x}, {y} (TMS: {-y}) for zoom, column and row; or the GetCapabilities URL of a WMTS service</translation>
    </message>
    <message>
        <source>天地图示例</source>
        <translation>Tianditu example</translation>
    </message>
    <message>
        <source>填入天地图影像（球面墨卡托）的地址模板；tk= 后填写本单位的密钥</source>
        <translation>Fills in the template of Tianditu imagery (Web Mercator); put your office's key after tk=</translation>
    </message>
    <message>
        <source>如 © 天地图、© 某某县自然资源局</source>
        <translation>e.g. © 天地图, © County Bureau of Natural Resources</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>版权注记</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>不透明度</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <source>选择底图影像</source>
        <translation>Choose a basemap image</translation>
    </message>
    <message>
        <source>栅格影像 (*.tif *.tiff *.mbtiles *.gpkg *.jpg *.jpeg *.png *.jp2 *.img *.vrt);;所有文件 (*)</source>
        <translation>Raster images (*.tif *.tiff *.mbtiles *.gpkg *.jpg *.jpeg *.png *.jp2 *.img *.vrt);;All files (*)</translation>
    </message>
    <message>
        <source>请给底图起个名称</source>
        <translation>Give the basemap a name</translation>
    </message>
    <message>
        <source>正在打开 %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>无法添加底图：%1</source>
        <translation>The basemap cannot be added: %1</translation>
    </message>
</context>
<context>
    <name>ga::app::ProjectOpening</name>
    <message>
        <source>正在打开 %1：读取%2…</source>
        <translation>Opening %1: reading %2…</translation>
    </message>
    <message>
        <source>正在打开另一个项目（%1），请稍候</source>
        <translation>Another project (%1) is being opened; please wait</translation>
    </message>
    <message>
        <source>正在打开 %1…</source>
        <translation>Opening %1…</translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <source>属性</source>
        <translation>Attributes</translation>
    </message>
</context>
<context>
    <name>GridTablePanel</name>
    <message>
        <source>筛选：编码、名称、社区、网格长…</source>
        <translation>Filter: code, name, community, grid leader…</translation>
    </message>
</context>
<context>
    <name>HouseholdRegister</name>
    <message>
        <source>第 %1 行表头没有“小区”列，标题行也没有写明小区名称（如“华荣上海城住户登记表”）</source>
        <translation>The header in row %1 has no compound (小区) column, and the title rows do not name the compound (as in “华荣上海城住户登记表”)</translation>
    </message>
    <message>
        <source>前 %1 行中找不到同时含“楼栋”和“室号/房号”列的表头</source>
        <translation>No header with both a building (楼栋) and a room (室号/房号) column in the first %1 rows</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <source>所属网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>（未落入网格）</source>
        <translation>(in no grid)</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>住户（%1 户，个人信息已脱敏）</source>
        <translation>Households (%1; personal data masked)</translation>
    </message>
    <message>
        <source>  %1 人</source>
        <translation>  %1 people</translation>
    </message>
    <message>
        <source>另有 %1 户</source>
        <translation>%1 more households</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>网格编码</source>
        <translation>Grid code</translation>
    </message>
    <message>
        <source>网格名称</source>
        <translation>Grid name</translation>
    </message>
    <message>
        <source>所属社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>人口</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1（标准 %2–%3 户）</source>
        <translation>%1 (rule: %2–%3 households)</translation>
    </message>
    <message>
        <source>网格长与网格员</source>
        <translation>Grid leader and grid staff</translation>
    </message>
    <message>
        <source>网格长</source>
        <translation>Grid leader</translation>
    </message>
    <message>
        <source>网格员</source>
        <translation>Grid staff</translation>
    </message>
    <message>
        <source>（未登记）</source>
        <translation>(none recorded)</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <source>用“识别”工具点击楼栋或网格</source>
        <translation>Click a building or grid with the Identify tool</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>网格属性…</source>
        <translation>Grid attributes…</translation>
    </message>
    <message>
        <source>楼栋属性…</source>
        <translation>Building attributes…</translation>
    </message>
    <message>
        <source>网格员…</source>
        <translation>Grid staff…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入数据</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>导入到图层</source>
        <translation>Import into layer</translation>
    </message>
    <message>
        <source>工作表 / 图层</source>
        <translation>Sheet / layer</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>源坐标系</source>
        <translation>Source CRS</translation>
    </message>
    <message>
        <source>留空：用文件自带的；或 EPSG:4490、GCJ02、BD09</source>
        <translation>Empty: the file&apos;s own; or EPSG:4490, GCJ02, BD09</translation>
    </message>
    <message>
        <source>已有记录</source>
        <translation>Existing records</translation>
    </message>
    <message>
        <source>按编号更新已有记录（重新导入登记表）</source>
        <translation>Update existing records by id (re-importing a register)</translation>
    </message>
    <message>
        <source>目标字段</source>
        <translation>Target field</translation>
    </message>
    <message>
        <source>来自源列</source>
        <translation>From source column</translation>
    </message>
    <message>
        <source>预览（前几行）</source>
        <translation>Preview (first rows)</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>勾选显示图层；拖动或用箭头调整上下次序（上面的图层画在上面）</source>
        <translation>Tick to show a layer; drag or use the arrows to change the order (layers higher in the list are drawn on top)</translation>
    </message>
    <message>
        <source>不透明度</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>上移图层</source>
        <translation>Move layer up</translation>
    </message>
    <message>
        <source>下移图层</source>
        <translation>Move layer down</translation>
    </message>
    <message>
        <source>样式…</source>
        <translation>Style…</translation>
    </message>
    <message>
        <source>填充、边线与标注字段</source>
        <translation>Fill, outline and label field</translation>
    </message>
</context>
<context>
    <name>LayerStyleDialog</name>
    <message>
        <source>图层样式</source>
        <translation>Layer style</translation>
    </message>
    <message>
        <source>填充颜色</source>
        <translation>Fill colour</translation>
    </message>
    <message>
        <source>边线颜色</source>
        <translation>Outline colour</translation>
    </message>
    <message>
        <source>边线宽度</source>
        <translation>Outline width</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>显示标注</source>
        <translation>Show labels</translation>
    </message>
    <message>
        <source>标注字段</source>
        <translation>Label field</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>网格图谱工作站</source>
        <translation>GridAtlas Workstation</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近的项目(&amp;R)</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <source>用插件导入(&amp;L)</source>
        <translation>Import with p&amp;lugin</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>面板(&amp;D)</source>
        <translation>&amp;Docks</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>文件工具栏</source>
        <translation>File toolbar</translation>
    </message>
    <message>
        <source>地图工具栏</source>
        <translation>Map toolbar</translation>
    </message>
    <message>
        <source>搜索栏</source>
        <translation>Search bar</translation>
    </message>
    <message>
        <source>图层</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>鹰眼图</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>识别结果</source>
        <translation>Identify results</translation>
    </message>
    <message>
        <source>网格列表</source>
        <translation>Grid table</translation>
    </message>
    <message>
        <source>新建项目(&amp;N)…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>新建一个空项目</source>
        <translation>Create an empty project</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>打开项目(&amp;O)…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <source>打开一个项目文件</source>
        <translation>Open a project file</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>导入数据(&amp;I)…</source>
        <translation>&amp;Import data…</translation>
    </message>
    <message>
        <source>把 GIS 文件或登记表导入当前项目</source>
        <translation>Import a GIS file or a register into this project</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>首选项(&amp;P)…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>界面语言与操作员</source>
        <translation>UI language and operator</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>撤销上一次编辑</source>
        <translation>Undo the last edit</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>重做撤销的编辑</source>
        <translation>Redo the undone edit</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>网格属性(&amp;G)…</source>
        <translation>&amp;Grid attributes…</translation>
    </message>
    <message>
        <source>编辑所选网格的属性</source>
        <translation>Edit the selected grid&apos;s attributes</translation>
    </message>
    <message>
        <source>楼栋属性(&amp;B)…</source>
        <translation>&amp;Building attributes…</translation>
    </message>
    <message>
        <source>编辑所选楼栋的属性</source>
        <translation>Edit the selected building&apos;s attributes</translation>
    </message>
    <message>
        <source>网格员(&amp;S)…</source>
        <translation>Grid &amp;staff…</translation>
    </message>
    <message>
        <source>查看和编辑所选网格的网格员</source>
        <translation>View and edit the selected grid&apos;s staff</translation>
    </message>
    <message>
        <source>平移(&amp;P)</source>
        <translation>&amp;Pan</translation>
    </message>
    <message>
        <source>拖动地图平移</source>
        <translation>Drag the map to pan</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>放大（+）</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>缩小（-）</source>
        <translation>Zoom out (-)</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>全图(&amp;F)</source>
        <translation>&amp;Full extent</translation>
    </message>
    <message>
        <source>缩放到全图</source>
        <translation>Zoom to the full extent</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>缩放到所选</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <source>缩放到所选要素</source>
        <translation>Zoom to the selected features</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>识别(&amp;I)</source>
        <translation>&amp;Identify</translation>
    </message>
    <message>
        <source>点击楼栋或网格查看属性</source>
        <translation>Click a building or grid to see its attributes</translation>
    </message>
    <message>
        <source>点选</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>点击选择网格或楼栋（Shift 追加）</source>
        <translation>Click to select a grid, Ctrl+click a building (Shift adds)</translation>
    </message>
    <message>
        <source>框选</source>
        <translation>Select by rectangle</translation>
    </message>
    <message>
        <source>拖出矩形选择网格或楼栋</source>
        <translation>Drag a rectangle to select grids (Ctrl: buildings)</translation>
    </message>
    <message>
        <source>取消选择</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <source>清空选择</source>
        <translation>Clear the selection</translation>
    </message>
    <message>
        <source>测量距离</source>
        <translation>Measure distance</translation>
    </message>
    <message>
        <source>依次点击测量距离，双击结束</source>
        <translation>Click points to measure a distance; double-click to finish</translation>
    </message>
    <message>
        <source>测量面积</source>
        <translation>Measure area</translation>
    </message>
    <message>
        <source>依次点击测量面积，双击结束</source>
        <translation>Click points to measure an area; double-click to finish</translation>
    </message>
    <message>
        <source>插件(&amp;P)…</source>
        <translation>&amp;Plugins…</translation>
    </message>
    <message>
        <source>已加载的插件</source>
        <translation>Loaded plugins</translation>
    </message>
    <message>
        <source>关于网格图谱(&amp;A)</source>
        <translation>&amp;About GridAtlas</translation>
    </message>
    <message>
        <source>打印与导出(&amp;R)…</source>
        <translation>&amp;Print and Export…</translation>
    </message>
    <message>
        <source>打印网格图、公示牌、社区总图或图集，导出 PDF 或 PNG</source>
        <translation>Print grid wall maps, notice boards, community overviews or atlases; export PDF or PNG</translation>
    </message>
</context>
<context>
    <name>MapTools</name>
    <message>
        <source>%1 米</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 千米</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 平方米</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 公顷</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>%1 平方千米</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>面积 %1，周长 %2</source>
        <translation>Area %1, perimeter %2</translation>
    </message>
    <message>
        <source>距离 %1</source>
        <translation>Distance %1</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>新建项目</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>项目文件</source>
        <translation>Project file</translation>
    </message>
    <message>
        <source>例如 /home/用户/友好社区.sqlite</source>
        <translation>e.g. /home/user/youhao.sqlite</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>例如 友好社区</source>
        <translation>e.g. 友好社区 (Youhao community)</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>街道或社区的 6/9/12 位统计用区划代码</source>
        <translation>6-, 9- or 12-digit statistical division code of the street or community</translation>
    </message>
    <message>
        <source>坐标系</source>
        <translation>CRS</translation>
    </message>
    <message>
        <source>EPSG:4549 等；留空则由第一次导入的数据选择高斯-克吕格投影带</source>
        <translation>EPSG:4549 etc.; empty: the first import picks the Gauss–Krüger zone from its data</translation>
    </message>
    <message>
        <source>网格户数标准</source>
        <translation>Households per grid</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>户</source>
        <translation>households</translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>导入</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>地图工具</source>
        <translation>Map tool</translation>
    </message>
    <message>
        <source>不是网格图谱插件（未实现导入或地图工具接口）</source>
        <translation>Not a GridAtlas plugin (implements neither the importer nor the map tool interface)</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <source>插件</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>首选项</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>UI language</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>写入编辑日志的姓名；留空用项目设置或系统用户</source>
        <translation>Name written to the edit log; empty: the project&apos;s setting or the system user</translation>
    </message>
    <message>
        <source>界面语言在重新启动后生效。</source>
        <translation>The UI language changes after a restart.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>打印与导出</source>
        <translation>Print and Export</translation>
    </message>
    <message>
        <source>显示底图（影像）</source>
        <translation>Basemap (imagery)</translation>
    </message>
    <message>
        <source>显示事件热力图</source>
        <translation>Issue heatmap</translation>
    </message>
    <message>
        <source>打印内容</source>
        <translation>What to print</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>单个网格</source>
        <translation>One grid</translation>
    </message>
    <message>
        <source>社区网格总图</source>
        <translation>Community overview</translation>
    </message>
    <message>
        <source>网格图集（每个网格一页）</source>
        <translation>Grid atlas (one page per grid)</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>纵向</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>横向</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>显示组织机构</source>
        <translation>Show organisations</translation>
    </message>
    <message>
        <source>显示事件点</source>
        <translation>Show issue points</translation>
    </message>
    <message>
        <source>图集加封面（社区总图与页码）</source>
        <translation>Atlas cover (community overview with page numbers)</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Texts</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>副标题</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>服务电话</source>
        <translation>Service phone</translation>
    </message>
    <message>
        <source>制图日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>数据来源</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>PNG 分辨率</source>
        <translation>PNG resolution</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>导出 PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>该项目已在另一个窗口中打开（%1 上的进程 %2），本窗口以只读方式打开。</source>
        <translation>This project is open in another window (process %2 on %1); this window opens it read-only.</translation>
    </message>
    <message>
        <source>项目所在文件夹不可写，无法加锁，项目以只读方式打开。</source>
        <translation>The project&apos;s folder is not writable, so it cannot be locked; the project opens read-only.</translation>
    </message>
    <message>
        <source>无法为项目加锁，项目以只读方式打开。</source>
        <translation>The project cannot be locked; it opens read-only.</translation>
    </message>
    <message>
        <source>文件不存在：%1</source>
        <translation>No such file: %1</translation>
    </message>
    <message>
        <source>不是文件：%1</source>
        <translation>Not a file: %1</translation>
    </message>
    <message>
        <source>没有读取权限：%1</source>
        <translation>No permission to read: %1</translation>
    </message>
    <message>
        <source>项目文件不可写，以只读方式打开。</source>
        <translation>The project file is not writable; it opens read-only.</translation>
    </message>
    <message>
        <source>无法打开项目 %1：%2</source>
        <translation>Cannot open the project %1: %2</translation>
    </message>
    <message>
        <source>无法读取项目 %1 的图层：%2</source>
        <translation>Cannot read the layers of the project %1: %2</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>网格员</source>
        <translation>Grid staff</translation>
    </message>
    <message>
        <source>新增网格员</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>工作电话</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>选择照片…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>清除照片</source>
        <translation>Remove photo</translation>
    </message>
</context>
<context>
    <name>ga::app::AttributeDialog</name>
    <message>
        <source>%1属性</source>
        <translation>%1 attributes</translation>
    </message>
    <message>
        <source>项目以只读方式打开，不能修改。</source>
        <translation>The project is open read-only; nothing can be changed.</translation>
    </message>
    <message>
        <source>修改后保存；每次保存记入编辑日志，可撤销。</source>
        <translation>Edit and save; every save goes to the edit log and can be undone.</translation>
    </message>
    <message>
        <source>编码只随网格拆分、合并而改变</source>
        <translation>The code changes only when grids are split or merged</translation>
    </message>
    <message>
        <source>修改%1属性</source>
        <translation>Edit %1 attributes</translation>
    </message>
</context>
<context>
    <name>ga::app::GridTableModel</name>
    <message>
        <source>户数不足</source>
        <translation>Under range</translation>
    </message>
    <message>
        <source>户数达标</source>
        <translation>In range</translation>
    </message>
    <message>
        <source>户数超标</source>
        <translation>Over range</translation>
    </message>
    <message>
        <source>%1 栋楼，户数来源：%2</source>
        <translation>%1 buildings; household count from: %2</translation>
    </message>
    <message>
        <source>住户关联</source>
        <translation>linked households</translation>
    </message>
    <message>
        <source>楼栋户数属性</source>
        <translation>building household attribute</translation>
    </message>
    <message>
        <source>住户关联与楼栋属性</source>
        <translation>linked households and building attribute</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>网格编码</source>
        <translation>Grid code</translation>
    </message>
    <message>
        <source>网格名称</source>
        <translation>Grid name</translation>
    </message>
    <message>
        <source>所属社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>人口</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>网格长</source>
        <translation>Grid leader</translation>
    </message>
</context>
<context>
    <name>ga::app::GridTablePanel</name>
    <message>
        <source>%1 / %2 个网格</source>
        <translation>%1 / %2 grids</translation>
    </message>
</context>
<context>
    <name>ga::app::IdentifyPanel</name>
    <message>
        <source>此处没有楼栋或网格</source>
        <translation>No building or grid here</translation>
    </message>
    <message>
        <source>识别结果</source>
        <translation>Identify results</translation>
    </message>
    <message>
        <source>（只读）</source>
        <translation>(read-only)</translation>
    </message>
</context>
<context>
    <name>ga::app::ImportDialog</name>
    <message>
        <source>拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>修复</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>自动识别</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>GIS 与表格文件 (*.shp *.gpkg *.geojson *.json *.kml *.dxf *.gml *.fgb *.osm *.pbf *.csv *.xlsx *.xls *.ods);;所有文件 (*)</source>
        <translation>GIS and table files (*.shp *.gpkg *.geojson *.json *.kml *.dxf *.gml *.fgb *.osm *.pbf *.csv *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>自动选择</source>
        <translation>Choose automatically</translation>
    </message>
    <message>
        <source>选择一个文件，查看它的列如何对应到图层字段。</source>
        <translation>Choose a file to see how its columns map to the layer&apos;s fields.</translation>
    </message>
    <message>
        <source>无法读取：%1</source>
        <translation>Cannot read: %1</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>格式 %1，%2“%3”，编码 %4（%5），约 %6 行；%7</source>
        <translation>Format %1, %2 “%3”, encoding %4 (%5), about %6 rows; %7</translation>
    </message>
    <message>
        <source>共 %1 个工作表/图层，读取</source>
        <translation>%1 sheets/layers, reading</translation>
    </message>
    <message>
        <source>读取</source>
        <translation>reading</translation>
    </message>
    <message>
        <source>含位置。</source>
        <translation>with locations.</translation>
    </message>
    <message>
        <source>不含位置。</source>
        <translation>without locations.</translation>
    </message>
    <message>
        <source>几何（WKT）</source>
        <translation>Geometry (WKT)</translation>
    </message>
    <message>
        <source>X / 经度</source>
        <translation>X / longitude</translation>
    </message>
    <message>
        <source>Y / 纬度</source>
        <translation>Y / latitude</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>必填字段：请选择源列</source>
        <translation>Required: choose a source column</translation>
    </message>
    <message>
        <source>源坐标系：%1</source>
        <translation>Source CRS: %1</translation>
    </message>
    <message>
        <source>已读 %1 行</source>
        <translation>%1 rows read</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>读取 %1 行：新增 %2，更新 %3，修复 %4，拒绝 %5。</source>
        <translation>%1 rows read: %2 new, %3 updated, %4 repaired, %5 rejected.</translation>
    </message>
    <message>
        <source>坐标：%1</source>
        <translation>Coordinates: %1</translation>
    </message>
    <message>
        <source>项目坐标系定为 EPSG:%1</source>
        <translation>Project CRS set to EPSG:%1</translation>
    </message>
    <message>
        <source>……共 %1 条</source>
        <translation>… %1 in all</translation>
    </message>
</context>
<context>
    <name>ga::app::ImportJob</name>
    <message>
        <source>导入已取消，项目未改动。</source>
        <translation>Import cancelled; the project is unchanged.</translation>
    </message>
</context>
<context>
    <name>ga::app::LayerPanel</name>
    <message>
        <source>自动（编码、名称、户数）</source>
        <translation>Automatic (code, name, households)</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>楼栋号</source>
        <translation>Building number</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>&lt;b&gt;网格户数&lt;/b&gt;&lt;br&gt;%1 户数不足（少于 %2 户）&lt;br&gt;%3 户数达标（%2–%4 户）&lt;br&gt;%5 户数超标（多于 %4 户）</source>
        <translation>&lt;b&gt;Households per grid&lt;/b&gt;&lt;br&gt;%1 under range (fewer than %2)&lt;br&gt;%3 in range (%2–%4)&lt;br&gt;%5 over range (more than %4)</translation>
    </message>
</context>
<context>
    <name>ga::app::LayerStyleDialog</name>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>图层样式：%1</source>
        <translation>Layer style: %1</translation>
    </message>
    <message>
        <source>网格按户数状态着色</source>
        <translation>Grids are coloured by their household status</translation>
    </message>
    <message>
        <source>选择颜色</source>
        <translation>Choose colour</translation>
    </message>
</context>
<context>
    <name>ga::app::MainWindow</name>
    <message>
        <source>比例尺：选择或输入 1:N 后回车</source>
        <translation>Scale: choose or type 1:N and press Enter</translation>
    </message>
    <message>
        <source>比例尺</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>搜索：网格编码或名称、小区+楼号、道路名</source>
        <translation>Search: grid code or name, compound + building number, road name</translation>
    </message>
    <message>
        <source>项目的地图样式无法读取，使用默认样式：%1</source>
        <translation>The project&apos;s map style cannot be read; using the default style: %1</translation>
    </message>
    <message>
        <source>编辑未能写入</source>
        <translation>The edit was not written</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>撤销“%1”(&amp;U)</source>
        <translation>&amp;Undo “%1”</translation>
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>重做“%1”(&amp;R)</source>
        <translation>&amp;Redo “%1”</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>已打开 %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>网格列表无法读取：%1</source>
        <translation>The grid table cannot be read: %1</translation>
    </message>
    <message>
        <source>网格图谱工作站</source>
        <translation>GridAtlas Workstation</translation>
    </message>
    <message>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>  |  经度 %1°  纬度 %2°</source>
        <translation>  |  lon %1°  lat %2°</translation>
    </message>
    <message>
        <source>样式未能保存：%1</source>
        <translation>The style was not saved: %1</translation>
    </message>
    <message>
        <source>已选择 %1 个网格、%2 栋楼</source>
        <translation>%1 grids and %2 buildings selected</translation>
    </message>
    <message>
        <source>没有选择要素</source>
        <translation>Nothing is selected</translation>
    </message>
    <message>
        <source>识别失败：%1</source>
        <translation>Identify failed: %1</translation>
    </message>
    <message>
        <source>搜索失败：%1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>没有找到“%1”</source>
        <translation>Nothing found for “%1”</translation>
    </message>
    <message>
        <source>网格属性</source>
        <translation>Grid attributes</translation>
    </message>
    <message>
        <source>楼栋属性</source>
        <translation>Building attributes</translation>
    </message>
    <message>
        <source>打开项目</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>网格图谱项目 (*.sqlite);;所有文件 (*)</source>
        <translation>GridAtlas projects (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>无法打开项目</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <source>只读打开</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <source>正在导入 %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>新增 %1 户，更新 %2 户，拒绝 %3 行。</source>
        <translation>%1 households added, %2 updated, %3 rows rejected.</translation>
    </message>
    <message>
        <source>无法重新读取项目</source>
        <translation>Cannot read the project again</translation>
    </message>
    <message>
        <source>关于网格图谱</source>
        <translation>About GridAtlas</translation>
    </message>
    <message>
        <source>&lt;b&gt;网格图谱工作站&lt;/b&gt; %1&lt;br&gt;社区网格化管理：网格进图、户数标准、网格员与事件。&lt;br&gt;地图数据来源见地图右下角的注记。</source>
        <translation>&lt;b&gt;GridAtlas Workstation&lt;/b&gt; %1&lt;br&gt;Community grid management: grids on the map, the household rule, grid staff and issues.&lt;br&gt;The map&apos;s data sources are named in its bottom right corner.</translation>
    </message>
    <message>
        <source>正在打开 %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>打印与导出</source>
        <translation>Print and Export</translation>
    </message>
</context>
<context>
    <name>ga::app::MapCanvas</name>
    <message>
        <source>地图无法绘制：%1</source>
        <translation>The map cannot be drawn: %1</translation>
    </message>
    <message>
        <source>底图有一部分未能显示：%1</source>
        <translation>Part of a basemap could not be shown: %1</translation>
    </message>
    <message>
        <source>没有打开的项目
文件 → 打开项目（Ctrl+O）</source>
        <translation>No project is open
File → Open project (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>ga::app::NewProjectDialog</name>
    <message>
        <source>新建项目</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>网格图谱项目 (*.sqlite)</source>
        <translation>GridAtlas projects (*.sqlite)</translation>
    </message>
    <message>
        <source>请选择项目文件的位置。</source>
        <translation>Choose where the project file goes.</translation>
    </message>
    <message>
        <source>户数下限不能大于上限。</source>
        <translation>The household minimum cannot be above the maximum.</translation>
    </message>
</context>
<context>
    <name>ga::app::PluginsDialog</name>
    <message>
        <source>已加载</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <source>未加载：%1</source>
        <translation>Not loaded: %1</translation>
    </message>
    <message>
        <source>没有找到插件。</source>
        <translation>No plugins found.</translation>
    </message>
    <message>
        <source>插件目录：%1</source>
        <translation>Plugin directories: %1</translation>
    </message>
</context>
<context>
    <name>ga::app::PrintDialog</name>
    <message>
        <source>（每页为各自网格的名称）</source>
        <translation>(each page: its own grid’s name)</translation>
    </message>
    <message>
        <source>%1：未登记网格员，服务团队一栏为空</source>
        <translation>%1: no staff recorded; the staff panel is empty</translation>
    </message>
    <message>
        <source>%1：%2（%3）没有照片，打印照片占位图</source>
        <translation>%1: %2 (%3) has no photo; a placeholder is printed</translation>
    </message>
    <message>
        <source>未设置服务电话（首选项或 gridatlas-cli config --service-phone）</source>
        <translation>No service phone set (preferences or gridatlas-cli config --service-phone)</translation>
    </message>
    <message>
        <source>正在导出 %1 …</source>
        <translation>Exporting %1 …</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message numerus="yes">
        <source>已写入 %n 个文件，共 %1 页。</source>
        <translation>
            <numerusform>Wrote %n file, %1 pages.</numerusform>
            <numerusform>Wrote %n files, %1 pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>ga::app::StaffDialog</name>
    <message>
        <source>网格员：%1</source>
        <translation>Grid staff: %1</translation>
    </message>
    <message>
        <source>项目以只读方式打开，不能修改。</source>
        <translation>The project is open read-only; nothing can be changed.</translation>
    </message>
    <message>
        <source>网格 %1 的网格长与网格员</source>
        <translation>Grid leader and staff of grid %1</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>无法读取图片 %1：%2</source>
        <translation>Cannot read the image %1: %2</translation>
    </message>
    <message>
        <source>照片无法显示</source>
        <translation>The photo cannot be shown</translation>
    </message>
    <message>
        <source>无照片</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>修改网格员</source>
        <translation>Edit grid staff</translation>
    </message>
</context>
<context>
    <name>ga::plugin::household_register::HouseholdRegisterPlugin</name>
    <message>
        <source>楼栋住户登记表</source>
        <translation>Building household register</translation>
    </message>
    <message>
        <source>读取社区手工填报的住户登记表：合并的标题行，楼栋、单元、室号分列且楼栋单元格向下合并；组合出完整地址后写入住户图层。</source>
        <translation>Reads the household registers communities fill in by hand: merged title rows, building, unit and room in separate columns with building cells merged down; composes each full address and writes the households layer.</translation>
    </message>
    <message>
        <source>住户登记表 (*.xlsx *.csv)</source>
        <translation>Household registers (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>导入已取消</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>没有楼栋号</source>
        <translation>no building number</translation>
    </message>
    <message>
        <source>没有室号</source>
        <translation>no room number</translation>
    </message>
    <message>
        <source>与前面的行重复：%1</source>
        <translation>repeats an earlier row: %1</translation>
    </message>
    <message>
        <source>%1：登记表中没有可导入的住户</source>
        <translation>%1: the register holds no households that can be imported</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>无法打开项目</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <source>只读打开</source>
        <translation>Opened read-only</translation>
    </message>
</context>
<context>
    <name>ga::app::GridEditing</name>
    <message>
        <source>拆分网格</source>
        <translation>Split grid</translation>
    </message>
    <message>
        <source>画一条线拆分网格：自动吸附道路、楼角和网格顶点，Shift+单击沿道路描线，双击或回车完成</source>
        <translation>Draw a line to split a grid: snaps to roads, building corners and grid vertices; Shift+click follows a road; double-click or Enter to finish</translation>
    </message>
    <message>
        <source>调整边界</source>
        <translation>Reshape boundary</translation>
    </message>
    <message>
        <source>拖动网格共用边界的顶点（Shift：拖动整条边），相邻网格一起改变</source>
        <translation>Drag a vertex of a shared grid boundary (Shift: the whole edge); the neighbouring grids change with it</translation>
    </message>
    <message>
        <source>移交楼栋</source>
        <translation>Move buildings</translation>
    </message>
    <message>
        <source>把选中的楼栋移交给点击的相邻网格，边界随之调整</source>
        <translation>Move the selected buildings to the neighbouring grid you click; the boundary follows</translation>
    </message>
    <message>
        <source>合并网格</source>
        <translation>Merge grids</translation>
    </message>
    <message>
        <source>合并选中的相邻网格（选择保留的编码、名称和网格员）</source>
        <translation>Merge the selected adjacent grids (choose which code, name and staff stay)</translation>
    </message>
    <message>
        <source>建议拆分</source>
        <translation>Suggest split</translation>
    </message>
    <message>
        <source>为选中的超标网格提出一条拆分线（沿道路或楼间空隙，两部分户数都达标）</source>
        <translation>Propose a split line for the selected over-range grid (along roads or gaps between buildings, both parts in range)</translation>
    </message>
    <message>
        <source>建议合并</source>
        <translation>Suggest merge</translation>
    </message>
    <message>
        <source>为选中的户数不足的网格找一个合并对象（合并后达标、共用边界最长者优先）</source>
        <translation>Find a merge partner for the selected under-range grid (in range together first, then the longest shared boundary)</translation>
    </message>
    <message>
        <source>网格 %1 在本社区内没有相邻网格</source>
        <translation>Grid %1 has no neighbour in its community</translation>
    </message>
    <message>
        <source>建议与 %1 合并：合并后 %2 户</source>
        <translation>Suggested: merge with %1, %2 households together</translation>
    </message>
    <message>
        <source>撤销网格</source>
        <translation>Retire grid</translation>
    </message>
    <message>
        <source>撤销选中的网格，区域并入边界最长的相邻网格</source>
        <translation>Retire the selected grid; its area goes to the neighbour sharing the longest boundary</translation>
    </message>
    <message>
        <source>检查规则</source>
        <translation>Check rules</translation>
    </message>
    <message>
        <source>检查全部网格规则，结果列在“问题”面板</source>
        <translation>Check every grid rule; the results are listed in the Problems panel</translation>
    </message>
    <message>
        <source>网格编辑(&amp;G)</source>
        <translation>&amp;Grid editing</translation>
    </message>
    <message>
        <source>网格编辑</source>
        <translation>Grid editing</translation>
    </message>
    <message>
        <source>回退</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <source>把项目回退到编辑 #%1 之后？之后仍有效的编辑会逐一撤销（撤销本身也记入日志）。</source>
        <translation>Roll the project back to just after edit #%1? Every later edit still in effect is undone, one by one (the undos are logged too).</translation>
    </message>
    <message>
        <source>已回退到编辑 #%1 之后（撤销了 %2 个编辑）</source>
        <translation>Rolled back to just after edit #%1 (%2 edits undone)</translation>
    </message>
    <message>
        <source>无法读取网格：%1</source>
        <translation>Cannot read the grids: %1</translation>
    </message>
    <message>
        <source>%1（编辑 #%2）</source>
        <translation>%1 (edit #%2)</translation>
    </message>
    <message>
        <source>  注意：%1</source>
        <translation>  Note: %1</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>地图未能刷新：%1</source>
        <translation>The map could not be refreshed: %1</translation>
    </message>
    <message>
        <source>检查失败：%1</source>
        <translation>The check failed: %1</translation>
    </message>
    <message>
        <source>请先选中两个或更多相邻网格（Shift+单击加选）</source>
        <translation>Select two or more adjacent grids first (Shift+click adds to the selection)</translation>
    </message>
    <message>
        <source>合并网格 %1</source>
        <translation>Merge grids %1</translation>
    </message>
    <message>
        <source>请先选中一个网格</source>
        <translation>Select one grid first</translation>
    </message>
    <message>
        <source>建议：%1 户 + %2 户。回车确认拆分；Backspace 删去末点后可改画，Esc 放弃</source>
        <translation>Suggested: %1 + %2 households. Enter splits; Backspace removes the last point to redraw; Esc cancels</translation>
    </message>
    <message>
        <source>撤销网格 %1</source>
        <translation>Retire grid %1</translation>
    </message>
    <message>
        <source>新建网格</source>
        <translation>New grid</translation>
    </message>
    <message>
        <source>在未被网格覆盖的区域画一个新网格：依次点击各角，双击或回车完成，实时显示户数</source>
        <translation>Draw a new grid over ground no grid covers: click its corners, double-click or Enter to finish; its households show while you draw</translation>
    </message>
    <message>
        <source>新增楼栋</source>
        <translation>Add building</translation>
    </message>
    <message>
        <source>画出新楼栋的轮廓（吸附楼角和网格顶点），双击或回车后填写小区、楼号、户数等属性</source>
        <translation>Draw a new building's footprint (snaps to building corners and grid vertices), then fill in compound, number, households and the rest</translation>
    </message>
    <message>
        <source>修改楼栋轮廓</source>
        <translation>Reshape building</translation>
    </message>
    <message>
        <source>拖动楼角改变轮廓，拖动楼栋的边加一个角，指向楼角按 Delete 删去</source>
        <translation>Drag a corner to reshape, drag a side to add a corner, point at a corner and press Delete to remove it</translation>
    </message>
    <message>
        <source>删除楼栋</source>
        <translation>Delete buildings</translation>
    </message>
    <message>
        <source>删除选中的楼栋（拆除）；楼内住户退回地址匹配复核，不会丢失</source>
        <translation>Delete the selected buildings (demolished); their households go back to address review, never lost</translation>
    </message>
    <message>
        <source>撤销网格…</source>
        <translation>Retire grid…</translation>
    </message>
    <message>
        <source>撤销选中的网格，区域并入所选的相邻网格（默认共用边界最长者）</source>
        <translation>Retire the selected grid; its area goes to the neighbour you choose</translation>
    </message>
    <message>
        <source>楼栋(&amp;B)</source>
        <translation>&amp;Buildings</translation>
    </message>
    <message>
        <source>网格 %1 在本社区内没有相邻网格，区域无处并入</source>
        <translation>Grid %1 has no neighbour in its community to take its area</translation>
    </message>
    <message>
        <source>没有选中楼栋：用选择工具按住 Ctrl 点选要删除的楼栋</source>
        <translation>No buildings selected: Ctrl+click the buildings to delete with the select tool</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>等</source>
        <translation>and more</translation>
    </message>
    <message>
        <source>删除 %1 栋楼（%2）？
楼内登记的 %3 户退回地址匹配复核，在“户进房复核”面板重新落户。</source>
        <translation>Delete %1 buildings (%2)?
The %3 households registered in them go back to address review, to be placed again in the household review panel.</translation>
    </message>
    <message>
        <source>删除 %1 栋楼（%2）？
没有住户登记在这些楼里。</source>
        <translation>Delete %1 buildings (%2)?
No households are registered in them.</translation>
    </message>
    <message>
        <source>删除 %1 栋楼</source>
        <translation>Delete %1 buildings</translation>
    </message>
    <message>
        <source>已删除 %1 栋楼；%2 户退回地址匹配复核（见“户进房复核”面板）</source>
        <translation>Deleted %1 buildings; %2 households went back to address review (see the household review panel)</translation>
    </message>
</context>
<context>
    <name>ga::app::HistoryDock</name>
    <message>
        <source>拆分</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>撤销网格</source>
        <translation>Retire grid</translation>
    </message>
    <message>
        <source>新建网格</source>
        <translation>New grid</translation>
    </message>
    <message>
        <source>调整边界</source>
        <translation>Reshape boundary</translation>
    </message>
    <message>
        <source>移交楼栋</source>
        <translation>Move buildings</translation>
    </message>
    <message>
        <source>新增楼栋</source>
        <translation>Add building</translation>
    </message>
    <message>
        <source>修改楼栋</source>
        <translation>Reshape building</translation>
    </message>
    <message>
        <source>删除楼栋</source>
        <translation>Delete building</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>修改属性</source>
        <translation>Edit attributes</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>未脱敏导出</source>
        <translation>Unmasked export</translation>
    </message>
    <message>
        <source>编辑历史</source>
        <translation>Edit history</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>回退到所选编辑之后</source>
        <translation>Roll back to just after the selected edit</translation>
    </message>
    <message>
        <source>已撤销（#%1）</source>
        <translation>Undone (#%1)</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>仅记录</source>
        <translation>Record only</translation>
    </message>
</context>
<context>
    <name>ga::app::MergeDialog</name>
    <message>
        <source>合并网格</source>
        <translation>Merge grids</translation>
    </message>
    <message>
        <source>%1 %2：%3 户</source>
        <translation>%1 %2: %3 households</translation>
    </message>
    <message>
        <source>合并后：%1 户（%2–%3 户为达标）%4</source>
        <translation>Merged: %1 households (%2–%3 is in range)%4</translation>
    </message>
    <message>
        <source>，达标</source>
        <translation>, in range</translation>
    </message>
    <message>
        <source>，不达标</source>
        <translation>, out of range</translation>
    </message>
    <message>
        <source>保留的编码</source>
        <translation>Code that stays</translation>
    </message>
    <message>
        <source>保留谁的名称</source>
        <translation>Name from</translation>
    </message>
    <message>
        <source>保留谁的网格员</source>
        <translation>Staff from</translation>
    </message>
    <message>
        <source>其余网格撤销，编码不再使用；其网格员改为未分配。</source>
        <translation>The other grids are retired and their codes never used again; their staff become unassigned.</translation>
    </message>
</context>
<context>
    <name>MoveBuildingsTool</name>
    <message>
        <source>先按住 Ctrl 点选要移交的楼栋，再点目标网格</source>
        <translation>First Ctrl+click the buildings to move, then click the target grid</translation>
    </message>
    <message>
        <source>把选中的 %1 栋楼（%2 户）移交给网格 %3</source>
        <translation>Move the %1 selected buildings (%2 households) to grid %3</translation>
    </message>
    <message>
        <source>移交楼栋</source>
        <translation>Move buildings</translation>
    </message>
    <message>
        <source>没有选中楼栋：用选择工具按住 Ctrl 点选楼栋</source>
        <translation>No buildings selected: Ctrl+click buildings with the select tool</translation>
    </message>
    <message>
        <source>移交 %1 栋楼到 %2</source>
        <translation>Move %1 buildings to %2</translation>
    </message>
</context>
<context>
    <name>ga::app::ProblemsDock</name>
    <message>
        <source>户数超出范围</source>
        <translation>Households out of range</translation>
    </message>
    <message>
        <source>空隙</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>重叠</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>超出社区</source>
        <translation>Outside community</translation>
    </message>
    <message>
        <source>楼栋被切</source>
        <translation>Building cut</translation>
    </message>
    <message>
        <source>小区被分割</source>
        <translation>Compound split</translation>
    </message>
    <message>
        <source>网格不连续</source>
        <translation>Grid in pieces</translation>
    </message>
    <message>
        <source>编码问题</source>
        <translation>Code problem</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>尚未检查</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>全部规则通过（%1 个网格，%2 栋楼，%3 ms）</source>
        <translation>Every rule holds (%1 grids, %2 buildings, %3 ms)</translation>
    </message>
    <message>
        <source>%1 个错误，%2 个警告（%3 个网格，%4 ms）</source>
        <translation>%1 errors, %2 warnings (%3 grids, %4 ms)</translation>
    </message>
</context>
<context>
    <name>SplitTool</name>
    <message>
        <source>户数不足</source>
        <translation>Too few households</translation>
    </message>
    <message>
        <source>户数达标</source>
        <translation>In range</translation>
    </message>
    <message>
        <source>户数超标</source>
        <translation>Too many households</translation>
    </message>
    <message>
        <source>%1 户（%2）</source>
        <translation>%1 households (%2)</translation>
    </message>
    <message>
        <source>拆分 %1：%2；切到 %3 栋楼（整栋归入占地多的一侧）  预览 %4 ms</source>
        <translation>Split %1: %2; cuts %3 buildings (each goes wholly to the side holding most of it)  preview %4 ms</translation>
    </message>
    <message>
        <source>两点不在相连的道路上，无法沿路描线</source>
        <translation>The two points are not on connected roads; cannot follow the road</translation>
    </message>
    <message>
        <source>拆分网格</source>
        <translation>Split grid</translation>
    </message>
    <message>
        <source>拆分线没有穿过任何网格</source>
        <translation>The split line crosses no grid</translation>
    </message>
    <message>
        <source>拆分网格 %1</source>
        <translation>Split grid %1</translation>
    </message>
    <message>
        <source>%1 户
%2</source>
        <translation>%1 households
%2</translation>
    </message>
</context>
<context>
    <name>VertexTool</name>
    <message>
        <source>这里没有网格边界：按住顶点拖动，按住 Shift 拖动整条边</source>
        <translation>No grid boundary here: drag a vertex, or hold Shift to drag a whole edge</translation>
    </message>
    <message>
        <source>移动 %1 个顶点，%2 个网格随之改变</source>
        <translation>Moving %1 vertices; %2 grids change with them</translation>
    </message>
    <message>
        <source>调整边界</source>
        <translation>Reshape boundary</translation>
    </message>
    <message>
        <source>调整网格边界</source>
        <translation>Reshape grid boundary</translation>
    </message>
</context>
<context>
    <name>ga::app::GeocodeJob</name>
    <message>
        <source>地理编码已取消，项目未改动。</source>
        <translation>Geocoding cancelled; the project is unchanged.</translation>
    </message>
    <message>
        <source>%1 户关联到楼栋（其中 %2 户按坐标），%3 户待复核</source>
        <translation>%1 households linked to buildings (%2 by location), %3 left for review</translation>
    </message>
    <message>
        <source>，%1 户保留原关联</source>
        <translation>, %1 kept their earlier link</translation>
    </message>
    <message>
        <source>，%1 户为人工关联未改动</source>
        <translation>, %1 linked by hand left alone</translation>
    </message>
</context>
<context>
    <name>ga::app::ReviewDock</name>
    <message>
        <source>读取楼栋与住户…</source>
        <translation>Reading buildings and households…</translation>
    </message>
    <message>
        <source>匹配地址…</source>
        <translation>Matching addresses…</translation>
    </message>
    <message>
        <source>按坐标落楼…</source>
        <translation>Placing by location…</translation>
    </message>
    <message>
        <source>写入关联…</source>
        <translation>Writing links…</translation>
    </message>
    <message>
        <source>户进房复核</source>
        <translation>Household review</translation>
    </message>
    <message>
        <source>地理编码</source>
        <translation>Geocode</translation>
    </message>
    <message>
        <source>按地址与坐标把住户关联到楼栋；低于阈值的住户进入复核</source>
        <translation>Link households to buildings by address and location; those below the threshold go to review</translation>
    </message>
    <message>
        <source>自动关联阈值：可信度达到它的匹配直接关联</source>
        <translation>Auto-accept threshold: matches with at least this confidence are linked directly</translation>
    </message>
    <message>
        <source>导出清单…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>阈值</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>候选楼栋</source>
        <translation>Candidate building</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>可信度</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>保存为别名</source>
        <translation>Save as alias</translation>
    </message>
    <message>
        <source>同样的写法下次自动匹配</source>
        <translation>The same spelling matches by itself next time</translation>
    </message>
    <message>
        <source>别名（地址中的写法）</source>
        <translation>Alias (as the address writes it)</translation>
    </message>
    <message>
        <source>小区名</source>
        <translation>Compound name</translation>
    </message>
    <message>
        <source>路名</source>
        <translation>Road name</translation>
    </message>
    <message>
        <source>整条地址</source>
        <translation>Whole address</translation>
    </message>
    <message>
        <source>关联到候选</source>
        <translation>Link to candidate</translation>
    </message>
    <message>
        <source>在地图上点选</source>
        <translation>Pick on map</translation>
    </message>
    <message>
        <source>点击地图上的楼栋，把住户关联到它</source>
        <translation>Click a building on the map to link the household to it</translation>
    </message>
    <message>
        <source>不在本项目</source>
        <translation>Not in this project</translation>
    </message>
    <message>
        <source>确认住户不在本项目的楼栋中：移出复核，不关联</source>
        <translation>Confirm the household lives in no building of this project: leave review without a link</translation>
    </message>
    <message>
        <source>查看个人信息…</source>
        <translation>Show personal data…</translation>
    </message>
    <message>
        <source>显示所选住户未遮蔽的姓名与电话；此操作记入编辑日志</source>
        <translation>Show the selected household's unmasked name and phone; this is written to the edit log</translation>
    </message>
    <message>
        <source>复核清单无法读取：%1</source>
        <translation>The review list cannot be read: %1</translation>
    </message>
    <message>
        <source>待复核 %1 户</source>
        <translation>%1 households to review</translation>
    </message>
    <message>
        <source>%1 %2号楼</source>
        <translation>%1 building %2</translation>
    </message>
    <message>
        <source>%1%2号</source>
        <translation>%1 No. %2</translation>
    </message>
    <message>
        <source>住户 %1 关联到楼栋</source>
        <translation>Household %1 linked to a building</translation>
    </message>
    <message>
        <source>住户 %1 不在本项目</source>
        <translation>Household %1 not in this project</translation>
    </message>
    <message>
        <source>点击地图上的楼栋，把所选住户关联到它（Esc 取消）</source>
        <translation>Click a building on the map to link the selected household to it (Esc cancels)</translation>
    </message>
    <message>
        <source>这里没有楼栋</source>
        <translation>No building here</translation>
    </message>
    <message>
        <source>查看个人信息</source>
        <translation>Show personal data</translation>
    </message>
    <message>
        <source>查看未遮蔽的个人信息会记入编辑日志（谁、何时、哪一户）。用途：</source>
        <translation>Showing unmasked personal data is written to the edit log (who, when, which household). Purpose:</translation>
    </message>
    <message>
        <source>核对住户地址</source>
        <translation>Checking the household's address</translation>
    </message>
    <message>
        <source>导出复核清单</source>
        <translation>Export review list</translation>
    </message>
    <message>
        <source>复核清单.csv</source>
        <translation>review-list.csv</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>复核清单已导出到 %1</source>
        <translation>Review list exported to %1</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>地理编码（户进房）</source>
        <translation>Geocoding (households to buildings)</translation>
    </message>
    <message>
        <source>地址搜索失败：%1</source>
        <translation>Address search failed: %1</translation>
    </message>
</context>
<context>
    <name>ga::app::ReviewModel</name>
    <message>
        <source>个人信息已遮蔽；查看原文会记入编辑日志</source>
        <translation>Personal data masked; showing it is written to the edit log</translation>
    </message>
    <message>
        <source>户编号</source>
        <translation>Household ID</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>候选</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>小区名与楼号一致</source>
        <translation>Compound name and building number</translation>
    </message>
    <message>
        <source>按小区别名（曾用名、保存的写法）</source>
        <translation>Compound by alias (old name, saved spelling)</translation>
    </message>
    <message>
        <source>小区名缺少期/区</source>
        <translation>Compound named without its phase</translation>
    </message>
    <message>
        <source>小区名简写</source>
        <translation>Shortened compound name</translation>
    </message>
    <message>
        <source>小区名夹在其他文字中</source>
        <translation>Compound name inside other text</translation>
    </message>
    <message>
        <source>小区名相近（错字、同音字）</source>
        <translation>Similar compound name (typo, homophone)</translation>
    </message>
    <message>
        <source>路名与门牌号</source>
        <translation>Road and door number</translation>
    </message>
    <message>
        <source>小区门牌与楼号</source>
        <translation>Compound gate and building number</translation>
    </message>
    <message>
        <source>只有楼号，缺小区或道路</source>
        <translation>Building number only, no compound or road</translation>
    </message>
    <message>
        <source>人工关联过的地址</source>
        <translation>Address linked by an operator before</translation>
    </message>
    <message>
        <source>坐标落在楼栋内</source>
        <translation>Location inside the building</translation>
    </message>
    <message>
        <source>坐标与地址一致</source>
        <translation>Location and address agree</translation>
    </message>
    <message>
        <source>地址为空</source>
        <translation>No address</translation>
    </message>
    <message>
        <source>不是地址（乱码或符号）</source>
        <translation>Not an address (garbled text or symbols)</translation>
    </message>
    <message>
        <source>地址过长</source>
        <translation>Address too long</translation>
    </message>
    <message>
        <source>其他区县或街道的地址</source>
        <translation>Address in another county or street</translation>
    </message>
    <message>
        <source>找不到该小区或道路</source>
        <translation>No such compound or road</translation>
    </message>
    <message>
        <source>小区内没有该楼号</source>
        <translation>The compound has no building of that number</translation>
    </message>
    <message>
        <source>该道路没有此门牌号</source>
        <translation>The road has no such door number</translation>
    </message>
    <message>
        <source>地址只到小区或道路</source>
        <translation>Address stops at the compound or road</translation>
    </message>
    <message>
        <source>多个楼栋同样符合</source>
        <translation>Several buildings fit equally well</translation>
    </message>
    <message>
        <source>可信度低于自动关联阈值</source>
        <translation>Confidence below the auto-accept threshold</translation>
    </message>
    <message>
        <source>坐标与地址指向不同楼栋</source>
        <translation>Location and address point at different buildings</translation>
    </message>
    <message>
        <source>人工关联</source>
        <translation>Linked by hand</translation>
    </message>
</context>
<context>
    <name>AddressSearch</name>
    <message>
        <source>%1 %2号楼</source>
        <translation>%1 building %2</translation>
    </message>
    <message>
        <source>%1%2号</source>
        <translation>%1 No. %2</translation>
    </message>
    <message>
        <source> · %1（%2）</source>
        <translation> · %1 (%2)</translation>
    </message>
    <message>
        <source> · %1 %2 %3</source>
        <translation> · %1 %2 %3</translation>
    </message>
    <message>
        <source> · 不在任何网格内</source>
        <translation> · in no grid</translation>
    </message>
    <message>
        <source> · 可信度 %1%</source>
        <translation> · confidence %1%</translation>
    </message>
</context>
<context>
    <name>ga::app::IssueFilterBar</name>
    <message>
        <source>上报时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>只看超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>全部等级</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部网格</source>
        <translation>All grids</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
</context>
<context>
    <name>ga::app::IssueForm</name>
    <message>
        <source>在地图上显示</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>办理说明（不予受理、退回、延期时必填）</source>
        <translation>Note (required to refuse, return or extend)</translation>
    </message>
    <message>
        <source>延期：新的办理时限</source>
        <translation>Extend: the new deadline</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>延期至</source>
        <translation>Extend to</translation>
    </message>
    <message>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>在列表中选择一个事件</source>
        <translation>Choose an issue in the list</translation>
    </message>
    <message>
        <source>已办结，没有可办理的操作</source>
        <translation>Finished: no action is open</translation>
    </message>
    <message>
        <source>不能办理</source>
        <translation>Cannot be done</translation>
    </message>
</context>
<context>
    <name>ga::app::IssueListModel</name>
    <message>
        <source>没有位置，不在地图上</source>
        <translation>No location: not on the map</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>上报时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
</context>
<context>
    <name>ga::app::IssuesDock</name>
    <message>
        <source>事件</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>统计与图表…</source>
        <translation>Statistics and charts…</translation>
    </message>
    <message>
        <source>事件列表</source>
        <translation>Issue list</translation>
    </message>
    <message>
        <source>专题图</source>
        <translation>Map views</translation>
    </message>
    <message>
        <source>正在读取事件台账…</source>
        <translation>Reading the issue ledger…</translation>
    </message>
    <message>
        <source>事件台账无法读取：%1</source>
        <translation>The issue ledger cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 / %2 件</source>
        <translation>%1 of %2 issues</translation>
    </message>
    <message>
        <source>上报事件…</source>
        <translation>Report an issue…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>事件数</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>办结率 %</source>
        <translation>Closure rate %</translation>
    </message>
    <message>
        <source>办结率 (%)</source>
        <translation>Closure rate (%)</translation>
    </message>
</context>
<context>
    <name>ga::app::StatisticsWindow</name>
    <message>
        <source>事件统计</source>
        <translation>Issue statistics</translation>
    </message>
    <message>
        <source>按网格</source>
        <translation>By grid</translation>
    </message>
    <message>
        <source>按社区</source>
        <translation>By community</translation>
    </message>
    <message>
        <source>按月份</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>导出 CSV / XLSX…</source>
        <translation>Export CSV / XLSX…</translation>
    </message>
    <message>
        <source>统计表</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>月度趋势</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <source>网格办结率</source>
        <translation>Closure rate per grid</translation>
    </message>
    <message>
        <source>事件最多的网格</source>
        <translation>Grids with most issues</translation>
    </message>
    <message>
        <source>导出图表 PNG…</source>
        <translation>Export chart as PNG…</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>共上报 %1 件，受理 %2 件，办结 %3 件（办结率 %4%），超期 %5 件；矛盾纠纷 %6 件，调处成功 %7 件（成功率 %8%）。</source>
        <translation>%1 reported, %2 accepted, %3 closed (closure rate %4%), %5 overdue; %6 disputes, %7 mediated (success rate %8%).</translation>
    </message>
    <message>
        <source>导出统计表</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <source>事件统计.xlsx</source>
        <translation>issue statistics.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>导出图表</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>ga::app::ThematicPanel</name>
    <message>
        <source>逐月查看</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <source>事件点（按类别、状态）</source>
        <translation>Issue points (by category and state)</translation>
    </message>
    <message>
        <source>热力图</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>固定最大值</source>
        <translation>Fixed maximum</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>播放</source>
        <translation>Play</translation>
    </message>
    <message>
        <source> 米</source>
        <translation> m</translation>
    </message>
    <message>
        <source>按数量</source>
        <translation>By count</translation>
    </message>
    <message>
        <source>按等级加权</source>
        <translation>Weighted by severity</translation>
    </message>
    <message>
        <source>两张热力图用同一最大值才可比较（两个月、两个社区）</source>
        <translation>Two heatmaps compare only with the same maximum (two months, two communities)</translation>
    </message>
    <message>
        <source>不显示</source>
        <translation>None</translation>
    </message>
    <message>
        <source>事件数</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>每百户事件数</source>
        <translation>Issues per 100 households</translation>
    </message>
    <message>
        <source>办结率</source>
        <translation>Closure rate</translation>
    </message>
    <message>
        <source>超期数</source>
        <translation>Overdue issues</translation>
    </message>
    <message>
        <source>热力图（核密度）</source>
        <translation>Heatmap (kernel density)</translation>
    </message>
    <message>
        <source>半径</source>
        <translation>Radius</translation>
    </message>
    <message>
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>网格专题图</source>
        <translation>Grid choropleth</translation>
    </message>
    <message>
        <source>各网格</source>
        <translation>Grids by</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>全部（按上方筛选）</source>
        <translation>All (as filtered above)</translation>
    </message>
    <message>
        <source>事件密度 (半径 %1 米)</source>
        <translation>Issue density (radius %1 m)</translation>
    </message>
    <message>
        <source>(固定)</source>
        <translation>(fixed)</translation>
    </message>
    <message>
        <source>○ 已办结  ● 办理中  ◉ 超期</source>
        <translation>○ closed  ● in hand  ◉ overdue</translation>
    </message>
</context>
<context>
    <name>ga::app::NewIssueDialog</name>
    <message>
        <source>未选位置（将按地址定位）</source>
        <translation>No place picked (found from the address)</translation>
    </message>
    <message>
        <source>上报事件</source>
        <translation>Report an issue</translation>
    </message>
    <message>
        <source>如：华荣上海城12号楼</source>
        <translation>e.g. 华荣上海城12号楼</translation>
    </message>
    <message>
        <source>在地图上点选…</source>
        <translation>Pick on the map…</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>子类</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>上报人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>上报时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>上报</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>在地图上点击事件发生的位置</source>
        <translation>Click where the issue happened</translation>
    </message>
    <message>
        <source>不能上报</source>
        <translation>Cannot report</translation>
    </message>
</context>
<context>
    <name>AddBuildingTool</name>
    <message>
        <source>新增楼栋：依次点击楼栋轮廓的各个角，双击或回车完成后填写属性；Backspace 删去末点，Esc 放弃</source>
        <translation>Add building: click the corners of its footprint, double-click or Enter to finish and fill in its attributes; Backspace drops the last corner, Esc cancels</translation>
    </message>
    <message>
        <source>轮廓自相交，无法成为楼栋（%1）</source>
        <translation>The footprint crosses itself and cannot be a building (%1)</translation>
    </message>
    <message>
        <source>新增楼栋：%1</source>
        <translation>Add building: %1</translation>
    </message>
    <message>
        <source>跨网格边界，将归入占地多的网格 %1</source>
        <translation>crosses a grid boundary; it will belong to grid %1, which holds most of it</translation>
    </message>
    <message>
        <source>与楼栋 %1 重叠</source>
        <translation>overlaps building %1</translation>
    </message>
    <message>
        <source>新增楼栋：占地 %1，%2%3</source>
        <translation>Add building: %1, %2%3</translation>
    </message>
    <message>
        <source>不在任何网格内</source>
        <translation>in no grid</translation>
    </message>
    <message>
        <source>属网格 %1</source>
        <translation>in grid %1</translation>
    </message>
    <message>
        <source>  注意：%1</source>
        <translation>  Note: %1</translation>
    </message>
    <message>
        <source>新增楼栋</source>
        <translation>Add building</translation>
    </message>
    <message>
        <source>楼栋轮廓至少要点三个角</source>
        <translation>A footprint needs at least three corners</translation>
    </message>
    <message>
        <source>新增楼栋已取消；轮廓保留，可继续修改或按 Esc 放弃</source>
        <translation>Building not added; the footprint stays to adjust, or press Esc to drop it</translation>
    </message>
</context>
<context>
    <name>CreateGridTool</name>
    <message>
        <source>新建网格：依次点击未覆盖区域的各个角，双击或回车完成，Backspace 删去末点，Esc 放弃</source>
        <translation>New grid: click the corners of the uncovered area, double-click or Enter to finish; Backspace drops the last corner, Esc cancels</translation>
    </message>
    <message>
        <source>新建网格：%1</source>
        <translation>New grid: %1</translation>
    </message>
    <message>
        <source>新建网格（%1）：%2 户（%3），%4 栋楼，%5  预览 %6 ms</source>
        <translation>New grid (%1): %2 households (%3), %4 buildings, %5  preview %6 ms</translation>
    </message>
    <message>
        <source>新建网格</source>
        <translation>New grid</translation>
    </message>
    <message>
        <source>新网格至少要点三个角</source>
        <translation>A new grid needs at least three corners</translation>
    </message>
    <message>
        <source>新建网格 %1</source>
        <translation>New grid %1</translation>
    </message>
    <message>
        <source>新网格
%1 户
%2</source>
        <translation>New grid
%1 households
%2</translation>
    </message>
</context>
<context>
    <name>EditOverlay</name>
    <message>
        <source>户数不足</source>
        <translation>Too few households</translation>
    </message>
    <message>
        <source>户数达标</source>
        <translation>In range</translation>
    </message>
    <message>
        <source>户数超标</source>
        <translation>Too many households</translation>
    </message>
</context>
<context>
    <name>ReshapeBuildingTool</name>
    <message>
        <source>轮廓自相交（%1）</source>
        <translation>The footprint crosses itself (%1)</translation>
    </message>
    <message>
        <source>楼栋 %1：拖到新位置后松开；Esc 取消</source>
        <translation>Building %1: release at the new place; Esc cancels</translation>
    </message>
    <message>
        <source>楼栋 %1：%2</source>
        <translation>Building %1: %2</translation>
    </message>
    <message>
        <source>这里没有楼栋轮廓：按住楼角拖动，按住楼栋的边拖动可加一个角，指向楼角按 Delete 删去它</source>
        <translation>No building outline here: drag a corner, drag a side to add a corner, point at a corner and press Delete to remove it</translation>
    </message>
    <message>
        <source>楼栋 %1 的边：拖动加一个角</source>
        <translation>Side of building %1: drag to add a corner</translation>
    </message>
    <message>
        <source>楼栋 %1 的角：拖动移动，Delete 删去</source>
        <translation>Corner of building %1: drag to move, Delete removes it</translation>
    </message>
    <message>
        <source>修改楼栋轮廓</source>
        <translation>Reshape building</translation>
    </message>
    <message>
        <source>楼栋 %1 只剩三个角，不能再删</source>
        <translation>Building %1 has only three corners left; none can be removed</translation>
    </message>
</context>
<context>
    <name>ga::app::BuildingForm</name>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>新增楼栋</source>
        <translation>Add building</translation>
    </message>
    <message>
        <source>占地 %1，不在任何网格内</source>
        <translation>Footprint %1, in no grid</translation>
    </message>
    <message>
        <source>占地 %1，属网格 %2</source>
        <translation>Footprint %1, in grid %2</translation>
    </message>
    <message>
        <source>如 12 或 12号楼</source>
        <translation>e.g. 12 or 12号楼</translation>
    </message>
    <message>
        <source> 户</source>
        <translation> households</translation>
    </message>
    <message>
        <source> 层</source>
        <translation> floors</translation>
    </message>
    <message>
        <source> 个单元</source>
        <translation> units</translation>
    </message>
    <message>
        <source>住宅</source>
        <translation>Residential</translation>
    </message>
    <message>
        <source>商业</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>办公</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>教育</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>医疗</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>公共服务</source>
        <translation>Public service</translation>
    </message>
    <message>
        <source>工业</source>
        <translation>Industrial</translation>
    </message>
    <message>
        <source>小区</source>
        <translation>Compound</translation>
    </message>
    <message>
        <source>楼号</source>
        <translation>Building number</translation>
    </message>
    <message>
        <source>道路</source>
        <translation>Road</translation>
    </message>
    <message>
        <source>门牌号</source>
        <translation>Door number</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>层数</source>
        <translation>Floors</translation>
    </message>
    <message>
        <source>单元数</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ga::app::RetireDialog</name>
    <message>
        <source>撤销网格</source>
        <translation>Retire grid</translation>
    </message>
    <message>
        <source>撤销网格 %1 %2（%3 户）。它的区域、楼栋和事件并入：</source>
        <translation>Retire grid %1 %2 (%3 households). Its area, buildings and issues go to:</translation>
    </message>
    <message>
        <source>%1 %2：共用边界 %3，并入后 %4 户（%5）</source>
        <translation>%1 %2: shared boundary %3, %4 households afterwards (%5)</translation>
    </message>
    <message>
        <source>撤销后编码 %1 不再使用；并入的网格保留自己的编码、名称和网格员。</source>
        <translation>Code %1 is never used again; the grid taking the area keeps its own code, name and staff.</translation>
    </message>
</context>
</TS>
